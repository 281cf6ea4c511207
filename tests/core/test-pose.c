/* test-pose.c: the figure body's kinematics and range-of-motion checks
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "physio-pose.h"

static double
lowest (const PhysioBodyPoints *points)
{
  double y = G_MAXDOUBLE;

  for (guint j = 0; j < PHYSIO_N_JOINTS; j++)
    y = MIN (y, points->at[j].y - physio_joint_radius (j));
  return y;
}

/* Standing straight, the body is one body height tall, stands on the floor and faces right. */
static void
test_standing (void)
{
  PhysioPose pose;
  PhysioBodyPoints p;
  double top;

  physio_pose_init_standing (&pose);
  physio_pose_solve (&pose, PHYSIO_POSE_VIEW_SIDE, &p);

  top = p.at[PHYSIO_JOINT_HEAD].y + physio_joint_radius (PHYSIO_JOINT_HEAD);
  g_assert_cmpfloat_with_epsilon (lowest (&p), 0, 1e-9);
  g_assert_cmpfloat (top, >, 0.95);
  g_assert_cmpfloat (top, <, 1.03);
  g_assert_cmpfloat (p.at[PHYSIO_JOINT_NEAR_TOE].x, >, p.at[PHYSIO_JOINT_NEAR_HEEL].x);
  g_assert_cmpfloat_with_epsilon (p.at[PHYSIO_JOINT_NEAR_KNEE].x, 0, 1e-9);
}

/* Flexion turns the limbs forward: an arm raised to 90° points the way the figure faces, a hip
 * at 90° puts the knee in front, and a bent knee puts the ankle behind it. */
static void
test_flexion_directions (void)
{
  PhysioPose pose;
  PhysioBodyPoints p;

  physio_pose_init_standing (&pose);
  pose.limb[PHYSIO_POSE_NEAR].shoulder = 90;
  pose.limb[PHYSIO_POSE_NEAR].hip = 90;
  pose.limb[PHYSIO_POSE_NEAR].knee = 90;
  physio_pose_solve (&pose, PHYSIO_POSE_VIEW_SIDE, &p);

  g_assert_cmpfloat (p.at[PHYSIO_JOINT_NEAR_HAND].x, >, 0.3);
  g_assert_cmpfloat_with_epsilon (p.at[PHYSIO_JOINT_NEAR_HAND].y, p.at[PHYSIO_JOINT_SHOULDER].y,
                                  1e-6);
  g_assert_cmpfloat_with_epsilon (p.at[PHYSIO_JOINT_NEAR_KNEE].x, PHYSIO_BODY_THIGH, 1e-6);
  g_assert_cmpfloat_with_epsilon (p.at[PHYSIO_JOINT_NEAR_ANKLE].x, PHYSIO_BODY_THIGH, 1e-6);
  g_assert_cmpfloat (p.at[PHYSIO_JOINT_NEAR_ANKLE].y, <, p.at[PHYSIO_JOINT_NEAR_KNEE].y);
  /* The far leg still stands on the floor. */
  g_assert_cmpfloat_with_epsilon (lowest (&p), 0, 1e-9);
}

/* Lying on the back: the head to the left, nothing below the floor, nothing floating. */
static void
test_lying (void)
{
  PhysioPose pose;
  PhysioBodyPoints p;

  physio_pose_init_standing (&pose);
  pose.trunk = -90;
  physio_pose_solve (&pose, PHYSIO_POSE_VIEW_SIDE, &p);

  g_assert_cmpfloat (p.at[PHYSIO_JOINT_HEAD].x, <, p.at[PHYSIO_JOINT_HIP].x);
  g_assert_cmpfloat (p.at[PHYSIO_JOINT_NEAR_ANKLE].x, >, p.at[PHYSIO_JOINT_HIP].x);
  g_assert_cmpfloat_with_epsilon (lowest (&p), 0, 1e-9);
  g_assert_cmpfloat (p.at[PHYSIO_JOINT_HIP].y, <, 0.1);

  pose.lift = 0.3;
  physio_pose_solve (&pose, PHYSIO_POSE_VIEW_SIDE, &p);
  g_assert_cmpfloat_with_epsilon (lowest (&p), 0.3, 1e-9);
}

/* Seen from the front, the near side is on the left and abduction takes a limb outwards. */
static void
test_front_view (void)
{
  PhysioPose pose;
  PhysioBodyPoints p;

  physio_pose_init_standing (&pose);
  pose.limb[PHYSIO_POSE_NEAR].shoulder = 90;
  pose.limb[PHYSIO_POSE_FAR].shoulder = 90;
  physio_pose_solve (&pose, PHYSIO_POSE_VIEW_FRONT, &p);

  g_assert_cmpfloat (p.at[PHYSIO_JOINT_NEAR_HIP].x, <, 0);
  g_assert_cmpfloat (p.at[PHYSIO_JOINT_FAR_HIP].x, >, 0);
  g_assert_cmpfloat (p.at[PHYSIO_JOINT_NEAR_HAND].x, <, -0.4);
  g_assert_cmpfloat (p.at[PHYSIO_JOINT_FAR_HAND].x, >, 0.4);
}

static void
test_validate (void)
{
  PhysioPose pose;
  PhysioFigure figure = { 0 };
  g_autoptr(GError) error = NULL;

  physio_pose_init_standing (&pose);
  g_assert_true (physio_pose_validate (&pose, PHYSIO_POSE_VIEW_SIDE, NULL));

  pose.limb[PHYSIO_POSE_NEAR].knee = 170;
  g_assert_false (physio_pose_validate (&pose, PHYSIO_POSE_VIEW_SIDE, &error));
  g_assert_error (error, PHYSIO_POSE_ERROR, 0);
  g_assert_nonnull (strstr (error->message, "near knee 170°"));
  g_clear_error (&error);

  physio_pose_init_standing (&pose);
  pose.limb[PHYSIO_POSE_FAR].hip = NAN;
  g_assert_false (physio_pose_validate (&pose, PHYSIO_POSE_VIEW_SIDE, &error));
  g_assert_nonnull (strstr (error->message, "far hip"));
  g_clear_error (&error);

  /* Hip abduction of 90° is fine for a shoulder, not for a hip seen from the front. */
  physio_pose_init_standing (&pose);
  pose.limb[PHYSIO_POSE_NEAR].hip = 90;
  g_assert_true (physio_pose_validate (&pose, PHYSIO_POSE_VIEW_SIDE, NULL));
  g_assert_false (physio_pose_validate (&pose, PHYSIO_POSE_VIEW_FRONT, NULL));

  physio_pose_init_standing (&pose);
  pose.limb[PHYSIO_POSE_NEAR].thigh_scale = 0;
  g_assert_false (physio_pose_validate (&pose, PHYSIO_POSE_VIEW_SIDE, NULL));

  /* An arrow needs a second pose to point to. */
  figure.n_poses = 1;
  physio_pose_init_standing (&figure.poses[0]);
  g_assert_true (physio_figure_validate (&figure, NULL));
  figure.n_arrows = 1;
  g_assert_false (physio_figure_validate (&figure, &error));
  g_clear_error (&error);
  figure.n_arrows = 0;
  figure.n_poses = 3;
  g_assert_false (physio_figure_validate (&figure, NULL));
}

static void
test_names (void)
{
  for (guint j = 0; j < PHYSIO_N_JOINTS; j++)
    g_assert_cmpint (physio_joint_from_name (physio_joint_to_name (j)), ==, j);
  for (guint k = 0; k < PHYSIO_N_PROPS; k++)
    g_assert_cmpint (physio_prop_kind_from_name (physio_prop_kind_to_name (k)), ==, k);
  g_assert_cmpint (physio_joint_from_name ("elbow"), ==, -1);
  g_assert_cmpint (physio_prop_kind_from_name ("trampoline"), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pose/standing", test_standing);
  g_test_add_func ("/pose/flexion-directions", test_flexion_directions);
  g_test_add_func ("/pose/lying", test_lying);
  g_test_add_func ("/pose/front-view", test_front_view);
  g_test_add_func ("/pose/validate", test_validate);
  g_test_add_func ("/pose/names", test_names);

  return g_test_run ();
}
