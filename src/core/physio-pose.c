/* physio-pose.c: forward kinematics and range-of-motion checks of the figure's body
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-core"

#include "config.h"

#include <math.h>

#include "physio-pose.h"

G_DEFINE_QUARK (physio-pose-error-quark, physio_pose_error)

/* Half-thicknesses of the drawn body at each point, in body heights, so that whatever touches
 * the floor rests on its surface and not on its centre line. The renderer draws the same
 * widths (physio-figure.c reads them through physio_joint_radius). */
static const double joint_radius[PHYSIO_N_JOINTS] = {
  [PHYSIO_JOINT_HIP] = 0.055,
  [PHYSIO_JOINT_WAIST] = 0.055,
  [PHYSIO_JOINT_SHOULDER] = 0.06,
  [PHYSIO_JOINT_HEAD] = PHYSIO_BODY_HEAD / 2,
  [PHYSIO_JOINT_NEAR_SHOULDER] = 0.03, [PHYSIO_JOINT_FAR_SHOULDER] = 0.03,
  [PHYSIO_JOINT_NEAR_ELBOW] = 0.024,   [PHYSIO_JOINT_FAR_ELBOW] = 0.024,
  [PHYSIO_JOINT_NEAR_HAND] = 0.02,     [PHYSIO_JOINT_FAR_HAND] = 0.02,
  [PHYSIO_JOINT_NEAR_HIP] = 0.045,     [PHYSIO_JOINT_FAR_HIP] = 0.045,
  [PHYSIO_JOINT_NEAR_KNEE] = 0.032,    [PHYSIO_JOINT_FAR_KNEE] = 0.032,
  [PHYSIO_JOINT_NEAR_ANKLE] = 0.022,   [PHYSIO_JOINT_FAR_ANKLE] = 0.022,
  [PHYSIO_JOINT_NEAR_HEEL] = 0.016,    [PHYSIO_JOINT_FAR_HEEL] = 0.016,
  [PHYSIO_JOINT_NEAR_TOE] = 0.012,     [PHYSIO_JOINT_FAR_TOE] = 0.012,
};

static const char * const joint_names[PHYSIO_N_JOINTS] = {
  "hip", "waist", "shoulder", "head",
  "near_shoulder", "near_elbow", "near_hand", "near_hip", "near_knee", "near_ankle",
  "near_heel", "near_toe",
  "far_shoulder", "far_elbow", "far_hand", "far_hip", "far_knee", "far_ankle",
  "far_heel", "far_toe",
};

static const char * const prop_names[PHYSIO_N_PROPS] = {
  "mat", "chair", "box", "step", "wall", "table", "band", "strap", "dumbbell", "kettlebell",
  "bag", "dowel", "pillow", "water", "bed", "bike", "elliptical", "car", "heat", "watch",
};

double
physio_joint_radius (PhysioJoint joint)
{
  g_return_val_if_fail (joint < PHYSIO_N_JOINTS, 0);

  return joint_radius[joint];
}

void
physio_pose_init_standing (PhysioPose *pose)
{
  g_return_if_fail (pose != NULL);

  *pose = (PhysioPose) { 0 };
  for (guint side = 0; side < PHYSIO_POSE_N_SIDES; side++)
    {
      pose->limb[side].thigh_scale = 1;
      pose->limb[side].shank_scale = 1;
      pose->limb[side].arm_scale = 1;
    }
}

typedef struct
{
  const char *name;
  double      min;
  double      max;
} Range;

/* Roughly the normal active ranges of motion; the front view reads abduction and side bending
 * where the side view reads flexion. */
static const Range side_trunk[] = { { "lumbar", -50, 70 }, { "neck", -60, 70 } };
static const Range side_limb[] = {
  { "shoulder", -60, 180 }, { "elbow", 0, 150 }, { "hip", -30, 160 }, { "knee", 0, 160 },
  { "ankle", -60, 30 },
};
static const Range front_trunk[] = { { "lumbar", -40, 40 }, { "neck", -40, 40 } };
static const Range front_limb[] = {
  { "shoulder", -30, 180 }, { "elbow", 0, 150 }, { "hip", -30, 60 }, { "knee", 0, 160 },
  { "ankle", -60, 30 },
};

gboolean
physio_pose_range (PhysioPoseView  view,
                   const char     *name,
                   double         *min,
                   double         *max)
{
  const Range *trunk = view == PHYSIO_POSE_VIEW_SIDE ? side_trunk : front_trunk;
  const Range *limb = view == PHYSIO_POSE_VIEW_SIDE ? side_limb : front_limb;

  g_return_val_if_fail (name != NULL && min != NULL && max != NULL, FALSE);

  if (g_str_equal (name, "trunk"))
    {
      *min = -180;
      *max = 180;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (side_trunk); i++)
    if (g_str_equal (name, trunk[i].name))
      {
        *min = trunk[i].min;
        *max = trunk[i].max;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (side_limb); i++)
    if (g_str_equal (name, limb[i].name))
      {
        *min = limb[i].min;
        *max = limb[i].max;
        return TRUE;
      }
  return FALSE;
}

static gboolean
check (const Range  *range,
       const char   *side,
       double        value,
       GError      **error)
{
  if (isfinite (value) && value >= range->min && value <= range->max)
    return TRUE;

  g_set_error (error, PHYSIO_POSE_ERROR, 0, "%s%s%s %g° is outside %g° to %g°",
               side != NULL ? side : "", side != NULL ? " " : "", range->name, value,
               range->min, range->max);
  return FALSE;
}

static gboolean
check_scale (const char  *side,
             const char  *name,
             double       value,
             GError     **error)
{
  if (isfinite (value) && value >= 0.2 && value <= 1)
    return TRUE;

  g_set_error (error, PHYSIO_POSE_ERROR, 0, "%s %s scale %g is outside 0.2 to 1", side, name,
               value);
  return FALSE;
}

gboolean
physio_pose_validate (const PhysioPose  *pose,
                      PhysioPoseView     view,
                      GError           **error)
{
  const Range *trunk = view == PHYSIO_POSE_VIEW_SIDE ? side_trunk : front_trunk;
  const Range *limb = view == PHYSIO_POSE_VIEW_SIDE ? side_limb : front_limb;

  g_return_val_if_fail (pose != NULL, FALSE);

  if (!isfinite (pose->trunk) || pose->trunk < -180 || pose->trunk > 180)
    {
      g_set_error (error, PHYSIO_POSE_ERROR, 0, "trunk %g° is outside -180° to 180°",
                   pose->trunk);
      return FALSE;
    }
  if (!isfinite (pose->lift) || pose->lift < 0 || pose->lift > 1)
    {
      g_set_error (error, PHYSIO_POSE_ERROR, 0, "lift %g is outside 0 to 1", pose->lift);
      return FALSE;
    }
  if (!check (&trunk[0], NULL, pose->lumbar, error) || !check (&trunk[1], NULL, pose->neck, error))
    return FALSE;

  for (guint side = 0; side < PHYSIO_POSE_N_SIDES; side++)
    {
      const PhysioLimbAngles *a = &pose->limb[side];
      const char *name = side == PHYSIO_POSE_NEAR ? "near" : "far";

      if (!check (&limb[0], name, a->shoulder, error) ||
          !check (&limb[1], name, a->elbow, error) ||
          !check (&limb[2], name, a->hip, error) ||
          !check (&limb[3], name, a->knee, error) ||
          !check (&limb[4], name, a->ankle, error) ||
          !check_scale (name, "thigh", a->thigh_scale, error) ||
          !check_scale (name, "shank", a->shank_scale, error) ||
          !check_scale (name, "arm", a->arm_scale, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
physio_figure_validate (const PhysioFigure  *figure,
                        GError             **error)
{
  g_return_val_if_fail (figure != NULL, FALSE);

  if (figure->n_poses < 1 || figure->n_poses > PHYSIO_FIGURE_MAX_POSES)
    {
      g_set_error (error, PHYSIO_POSE_ERROR, 0, "a figure has one or two poses, not %u",
                   figure->n_poses);
      return FALSE;
    }
  for (guint i = 0; i < figure->n_poses; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!physio_pose_validate (&figure->poses[i], figure->view, &local_error))
        {
          g_set_error (error, PHYSIO_POSE_ERROR, 0, "pose %u: %s", i + 1, local_error->message);
          return FALSE;
        }
    }
  if (figure->n_arrows > 0 && figure->n_poses < 2)
    {
      g_set_error (error, PHYSIO_POSE_ERROR, 0,
                   "an arrow goes from the first pose to the second, and there is one pose");
      return FALSE;
    }
  return TRUE;
}

/* Directions are angles in degrees, counter-clockwise from +x, y up. */
static PhysioPoint
step (PhysioPoint from,
      double      angle,
      double      length)
{
  double r = angle * G_PI / 180;

  return (PhysioPoint) { from.x + cos (r) * length, from.y + sin (r) * length };
}

static void
solve_limbs (const PhysioPose *pose,
             PhysioPoseView    view,
             double            lower,
             double            upper,
             PhysioBodyPoints *p)
{
  static const struct
  {
    PhysioJoint shoulder, elbow, hand, hip, knee, ankle, heel, toe;
  } joints[PHYSIO_POSE_N_SIDES] = {
    { PHYSIO_JOINT_NEAR_SHOULDER, PHYSIO_JOINT_NEAR_ELBOW, PHYSIO_JOINT_NEAR_HAND,
      PHYSIO_JOINT_NEAR_HIP, PHYSIO_JOINT_NEAR_KNEE, PHYSIO_JOINT_NEAR_ANKLE,
      PHYSIO_JOINT_NEAR_HEEL, PHYSIO_JOINT_NEAR_TOE },
    { PHYSIO_JOINT_FAR_SHOULDER, PHYSIO_JOINT_FAR_ELBOW, PHYSIO_JOINT_FAR_HAND,
      PHYSIO_JOINT_FAR_HIP, PHYSIO_JOINT_FAR_KNEE, PHYSIO_JOINT_FAR_ANKLE,
      PHYSIO_JOINT_FAR_HEEL, PHYSIO_JOINT_FAR_TOE },
  };

  for (guint side = 0; side < PHYSIO_POSE_N_SIDES; side++)
    {
      const PhysioLimbAngles *a = &pose->limb[side];
      double thigh, shank, foot, arm, forearm, foot_length;

      if (view == PHYSIO_POSE_VIEW_SIDE)
        {
          /* Flexion turns a limb from pointing down the trunk towards the front, which is a
           * quarter turn clockwise of the trunk's direction: an increase of the angle. */
          p->at[joints[side].hip] = p->at[PHYSIO_JOINT_HIP];
          p->at[joints[side].shoulder] = p->at[PHYSIO_JOINT_SHOULDER];
          thigh = lower + 180 + a->hip;
          shank = thigh - a->knee;
          foot = shank + 90 + a->ankle;
          arm = upper + 180 + a->shoulder;
          forearm = arm + a->elbow;
          foot_length = PHYSIO_BODY_FOOT;
        }
      else
        {
          /* Seen from the front, the near (left) side is on the left: its abduction turns the
           * limb clockwise, the far side's counter-clockwise. */
          double sign = side == PHYSIO_POSE_NEAR ? -1 : 1;

          p->at[joints[side].hip] = step (p->at[PHYSIO_JOINT_HIP], lower - 90,
                                          sign * PHYSIO_BODY_HIPS / 2);
          p->at[joints[side].shoulder] = step (p->at[PHYSIO_JOINT_SHOULDER], upper - 90,
                                               sign * PHYSIO_BODY_SHOULDERS / 2);
          thigh = lower + 180 + sign * a->hip;
          shank = thigh - sign * a->knee;
          foot = shank + sign * 90;
          arm = upper + 180 + sign * a->shoulder;
          forearm = arm - sign * a->elbow;
          foot_length = PHYSIO_BODY_FOOT * 0.5;
        }

      p->at[joints[side].knee] = step (p->at[joints[side].hip], thigh,
                                       PHYSIO_BODY_THIGH * a->thigh_scale);
      p->at[joints[side].ankle] = step (p->at[joints[side].knee], shank,
                                        PHYSIO_BODY_SHANK * a->shank_scale);
      /* The sole lies below the ankle joint, the heel a little behind it. */
      {
        PhysioPoint sole = step (p->at[joints[side].ankle], shank, PHYSIO_BODY_ANKLE);

        p->at[joints[side].heel] = step (sole, foot, -0.2 * foot_length);
        p->at[joints[side].toe] = step (sole, foot, 0.8 * foot_length);
      }
      p->at[joints[side].elbow] = step (p->at[joints[side].shoulder], arm,
                                        PHYSIO_BODY_UPPER_ARM * a->arm_scale);
      p->at[joints[side].hand] = step (p->at[joints[side].elbow], forearm,
                                       (PHYSIO_BODY_FOREARM + PHYSIO_BODY_HAND / 2) *
                                       a->arm_scale);
    }
}

void
physio_pose_solve (const PhysioPose *pose,
                   PhysioPoseView    view,
                   PhysioBodyPoints *points)
{
  double lower, upper, neck, lowest = G_MAXDOUBLE;

  g_return_if_fail (pose != NULL);
  g_return_if_fail (points != NULL);

  lower = 90 - pose->trunk;
  upper = lower - pose->lumbar;
  neck = upper - pose->neck;

  points->at[PHYSIO_JOINT_HIP] = (PhysioPoint) { 0, 0 };
  points->at[PHYSIO_JOINT_WAIST] = step (points->at[PHYSIO_JOINT_HIP], lower,
                                         PHYSIO_BODY_TRUNK / 2);
  points->at[PHYSIO_JOINT_SHOULDER] = step (points->at[PHYSIO_JOINT_WAIST], upper,
                                            PHYSIO_BODY_TRUNK / 2);
  points->at[PHYSIO_JOINT_HEAD] = step (points->at[PHYSIO_JOINT_SHOULDER], neck,
                                        PHYSIO_BODY_NECK_HEAD - PHYSIO_BODY_HEAD / 2);
  solve_limbs (pose, view, lower, upper, points);

  for (guint j = 0; j < PHYSIO_N_JOINTS; j++)
    lowest = MIN (lowest, points->at[j].y - joint_radius[j]);
  for (guint j = 0; j < PHYSIO_N_JOINTS; j++)
    points->at[j].y += pose->lift - lowest;
}

int
physio_joint_from_name (const char *name)
{
  g_return_val_if_fail (name != NULL, -1);

  for (guint j = 0; j < PHYSIO_N_JOINTS; j++)
    if (g_str_equal (name, joint_names[j]))
      return j;
  return -1;
}

const char *
physio_joint_to_name (PhysioJoint joint)
{
  g_return_val_if_fail (joint < PHYSIO_N_JOINTS, NULL);

  return joint_names[joint];
}

int
physio_prop_kind_from_name (const char *name)
{
  g_return_val_if_fail (name != NULL, -1);

  for (guint k = 0; k < PHYSIO_N_PROPS; k++)
    if (g_str_equal (name, prop_names[k]))
      return k;
  return -1;
}

const char *
physio_prop_kind_to_name (PhysioPropKind kind)
{
  g_return_val_if_fail (kind < PHYSIO_N_PROPS, NULL);

  return prop_names[kind];
}
