/* physio-figure.c: a line-art human figure, its props and movement arrows, drawn from data
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scene is drawn twice: first in body heights into a recording surface, only to learn its
 * true extent (limbs, props, arrows), then scaled into the caller's box with the floor under
 * it. Model space has y up; both passes flip it once.
 */

#define G_LOG_DOMAIN "physio-render"

#include "config.h"

#include <math.h>

#include "physio-figure.h"

#define SEQUENCE_GAP 0.18   /* between the two figures of a sequence, in body heights */
#define MARGIN       0.04   /* around the scene, in body heights */
#define MAT_HEIGHT   0.018  /* what lies on a mat rests this far above the floor */
/* Recording units per body height: the recording surface reports its extents in whole units. */
#define RECORD_SCALE 1000.0

typedef struct
{
  const PhysioFigure      *figure;
  const PhysioFigureStyle *style;
  PhysioBodyPoints         points[PHYSIO_FIGURE_MAX_POSES];
  double                   offset[PHYSIO_FIGURE_MAX_POSES];
  /* While measuring, the ghost is drawn plainly: a group painted with alpha has no bounds
   * that a recording surface could report. */
  gboolean                 measuring;
} Scene;

void
physio_figure_style_init_print (PhysioFigureStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (PhysioFigureStyle) {
    .body = { 0.22, 0.24, 0.27 },
    .far_body = { 0.60, 0.62, 0.65 },
    .outline = { 1, 1, 1 },
    .accent = { 0.05, 0.40, 0.75 },
    .prop = { 0.35, 0.37, 0.40 },
    .prop_fill = { 0.88, 0.89, 0.91 },
    .ghost_alpha = 0.25,
  };
}

static void
set_colour (cairo_t      *cr,
            const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static PhysioPoint
at (const Scene *scene,
    guint        pose,
    PhysioJoint  joint)
{
  PhysioPoint p = scene->points[pose].at[joint];

  p.x += scene->offset[pose];
  return p;
}

/* A capsule that narrows from @r1 at @a to @r2 at @b: two circles and their outer tangents. */
static void
capsule_path (cairo_t     *cr,
              PhysioPoint  a,
              double       r1,
              PhysioPoint  b,
              double       r2)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double length = hypot (dx, dy);
  double angle, spread;

  cairo_new_sub_path (cr);
  if (length <= fabs (r1 - r2) + 1e-9)
    {
      cairo_arc (cr, a.x, a.y, MAX (r1, r2), 0, 2 * G_PI);
      cairo_close_path (cr);
      return;
    }
  angle = atan2 (dy, dx);
  spread = acos ((r1 - r2) / length);
  cairo_arc (cr, a.x, a.y, r1, angle + spread, angle + 2 * G_PI - spread);
  cairo_arc (cr, b.x, b.y, r2, angle - spread, angle + spread);
  cairo_close_path (cr);
}

static void
segment (cairo_t     *cr,
         const Scene *scene,
         guint        pose,
         PhysioJoint  from,
         PhysioJoint  to,
         const double colour[3])
{
  capsule_path (cr, at (scene, pose, from), physio_joint_radius (from),
                at (scene, pose, to), physio_joint_radius (to));
  set_colour (cr, colour);
  cairo_fill_preserve (cr);
  /* A hairline of the background keeps a limb readable where it crosses the trunk. */
  set_colour (cr, scene->style->outline);
  cairo_set_line_width (cr, 0.006);
  cairo_stroke (cr);
}

static void
limb (cairo_t        *cr,
      const Scene    *scene,
      guint           pose,
      PhysioPoseSide  side,
      gboolean        legs,
      const double    colour[3])
{
  static const PhysioJoint arm[2][3] = {
    { PHYSIO_JOINT_NEAR_SHOULDER, PHYSIO_JOINT_NEAR_ELBOW, PHYSIO_JOINT_NEAR_HAND },
    { PHYSIO_JOINT_FAR_SHOULDER, PHYSIO_JOINT_FAR_ELBOW, PHYSIO_JOINT_FAR_HAND },
  };
  static const PhysioJoint leg[2][5] = {
    { PHYSIO_JOINT_NEAR_HIP, PHYSIO_JOINT_NEAR_KNEE, PHYSIO_JOINT_NEAR_ANKLE,
      PHYSIO_JOINT_NEAR_HEEL, PHYSIO_JOINT_NEAR_TOE },
    { PHYSIO_JOINT_FAR_HIP, PHYSIO_JOINT_FAR_KNEE, PHYSIO_JOINT_FAR_ANKLE,
      PHYSIO_JOINT_FAR_HEEL, PHYSIO_JOINT_FAR_TOE },
  };

  if (legs)
    {
      segment (cr, scene, pose, leg[side][3], leg[side][4], colour);
      segment (cr, scene, pose, leg[side][1], leg[side][2], colour);
      segment (cr, scene, pose, leg[side][0], leg[side][1], colour);
    }
  else
    {
      segment (cr, scene, pose, arm[side][1], arm[side][2], colour);
      segment (cr, scene, pose, arm[side][0], arm[side][1], colour);
    }
}

static void
trunk_and_head (cairo_t     *cr,
                const Scene *scene,
                guint        pose,
                const double colour[3])
{
  PhysioPoint head = at (scene, pose, PHYSIO_JOINT_HEAD);

  segment (cr, scene, pose, PHYSIO_JOINT_SHOULDER, PHYSIO_JOINT_HEAD, colour);
  segment (cr, scene, pose, PHYSIO_JOINT_HIP, PHYSIO_JOINT_WAIST, colour);
  segment (cr, scene, pose, PHYSIO_JOINT_WAIST, PHYSIO_JOINT_SHOULDER, colour);
  cairo_new_sub_path (cr);
  cairo_arc (cr, head.x, head.y, physio_joint_radius (PHYSIO_JOINT_HEAD), 0, 2 * G_PI);
  set_colour (cr, colour);
  cairo_fill_preserve (cr);
  set_colour (cr, scene->style->outline);
  cairo_set_line_width (cr, 0.006);
  cairo_stroke (cr);
}

/* Seen from the front or above, the trunk is as wide as the shoulders and the hips, so the
 * limbs joined at them stay attached to it. */
static void
broad_trunk (cairo_t      *cr,
             const Scene  *scene,
             guint         pose,
             const double  colour[3])
{
  static const PhysioJoint corners[] = {
    PHYSIO_JOINT_NEAR_SHOULDER, PHYSIO_JOINT_FAR_SHOULDER, PHYSIO_JOINT_FAR_HIP,
    PHYSIO_JOINT_NEAR_HIP,
  };

  cairo_new_path (cr);
  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      PhysioPoint p = at (scene, pose, corners[i]);

      cairo_line_to (cr, p.x, p.y);
    }
  cairo_close_path (cr);
  set_colour (cr, colour);
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* The corners' roundness: no wider than the shoulder joints, so the figure rests on the
   * floor where the placement put it. */
  cairo_set_line_width (cr, 2 * physio_joint_radius (PHYSIO_JOINT_NEAR_SHOULDER));
  cairo_stroke_preserve (cr);
  cairo_restore (cr);
  cairo_fill (cr);
}

/* Which way is out from the body at @joint: in front of a hand or foot that reaches forward,
 * behind one that reaches back, and behind the back for the trunk's own points. */
static double
away_from_body (const Scene *scene,
                guint        pose,
                PhysioJoint  joint)
{
  double dx;

  if (joint <= PHYSIO_JOINT_HEAD)
    return -1;
  dx = at (scene, pose, joint).x - at (scene, pose, PHYSIO_JOINT_HIP).x;

  return dx < -0.01 ? -1 : 1;
}

static void
prop_stroke (cairo_t     *cr,
             const Scene *scene,
             double       width)
{
  set_colour (cr, scene->style->prop);
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

static void
prop_box (cairo_t     *cr,
          const Scene *scene,
          double       x0,
          double       y0,
          double       x1,
          double       y1)
{
  cairo_rectangle (cr, MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0));
  set_colour (cr, scene->style->prop_fill);
  cairo_fill_preserve (cr);
  prop_stroke (cr, scene, 0.008);
}

static void
body_x_range (const Scene *scene,
              guint        pose,
              double      *x0,
              double      *x1)
{
  *x0 = G_MAXDOUBLE;
  *x1 = -G_MAXDOUBLE;
  for (guint j = 0; j < PHYSIO_N_JOINTS; j++)
    {
      double x = at (scene, pose, j).x;
      double r = physio_joint_radius (j);

      *x0 = MIN (*x0, x - r);
      *x1 = MAX (*x1, x + r);
    }
}

static double
lowest_y (const Scene *scene,
          guint        pose)
{
  double y = G_MAXDOUBLE;

  for (guint j = 0; j < PHYSIO_N_JOINTS; j++)
    y = MIN (y, at (scene, pose, j).y - physio_joint_radius (j));
  return y;
}

/* Furniture and the floor covering: placed from the first pose (where the movement starts, on
 * the chair or the mat), and drawn behind the body. */
static void
support_prop (cairo_t          *cr,
              const Scene      *scene,
              guint             pose,
              const PhysioProp *prop)
{
  PhysioPoint p = at (scene, 0, prop->at);
  PhysioPoint hip = at (scene, 0, PHYSIO_JOINT_HIP);
  double shift = scene->offset[pose] - scene->offset[0];
  double r = physio_joint_radius (prop->at);
  double x0, x1, dir;

  p.x += shift;
  hip.x += shift;
  switch (prop->kind)
    {
    case PHYSIO_PROP_MAT:
      body_x_range (scene, pose, &x0, &x1);
      cairo_new_sub_path (cr);
      cairo_rectangle (cr, x0 - 0.06, 0, x1 - x0 + 0.12, MAT_HEIGHT);
      set_colour (cr, scene->style->prop_fill);
      cairo_fill_preserve (cr);
      prop_stroke (cr, scene, 0.006);
      break;

    case PHYSIO_PROP_BED:
      body_x_range (scene, pose, &x0, &x1);
      {
        /* At the height the figure lies at: a second pose may sit on its edge. */
        double top = lowest_y (scene, 0);

        prop_box (cr, scene, x0 - 0.06, top - 0.05, x1 + 0.06, top);
        cairo_move_to (cr, x0 - 0.03, top - 0.05);
        cairo_line_to (cr, x0 - 0.03, 0);
        cairo_move_to (cr, x1 + 0.03, top - 0.05);
        cairo_line_to (cr, x1 + 0.03, 0);
        prop_stroke (cr, scene, 0.012);
      }
      break;

    case PHYSIO_PROP_CHAIR:
    case PHYSIO_PROP_BOX:
    case PHYSIO_PROP_CAR:
      {
        /* The seat's front edge is on the side of the knees. */
        PhysioPoint knee = at (scene, 0, PHYSIO_JOINT_NEAR_KNEE);
        double seat = p.y - r;

        /* A block under a hand holds the weight where the last pose reaches it (a deadlift
         * from a raised block), not a seat under the start pose. */
        if (prop->kind == PHYSIO_PROP_BOX &&
            (prop->at == PHYSIO_JOINT_NEAR_HAND || prop->at == PHYSIO_JOINT_FAR_HAND))
          {
            PhysioPoint hand = at (scene, scene->figure->n_poses - 1, prop->at);

            prop_box (cr, scene, hand.x - 0.09, 0, hand.x + 0.09, MAX (hand.y - 0.115, 0.03));
            break;
          }

        dir = knee.x + shift >= hip.x ? 1 : -1;
        x0 = hip.x - dir * 0.07;
        x1 = hip.x + dir * 0.13;
        if (prop->kind == PHYSIO_PROP_BOX)
          {
            prop_box (cr, scene, x0, 0, x1, seat);
            break;
          }
        prop_box (cr, scene, x0, seat - 0.03, x1, seat);
        cairo_move_to (cr, x0, seat - 0.03);
        cairo_line_to (cr, x0, prop->kind == PHYSIO_PROP_CAR ? seat - 0.12 : 0);
        cairo_move_to (cr, x1, seat - 0.03);
        cairo_line_to (cr, x1, prop->kind == PHYSIO_PROP_CAR ? seat - 0.12 : 0);
        cairo_move_to (cr, x0, seat);
        cairo_line_to (cr, x0 - dir * 0.03, seat + 0.3);
        prop_stroke (cr, scene, 0.014);
        if (prop->kind == PHYSIO_PROP_CAR)
          {
            /* The door opening: sill, roof line and pillar around the seated body. */
            double roof = at (scene, 0, PHYSIO_JOINT_HEAD).y + 0.12;

            cairo_move_to (cr, x0 - dir * 0.12, seat - 0.12);
            cairo_line_to (cr, x1 + dir * 0.30, seat - 0.12);
            cairo_move_to (cr, x0 - dir * 0.12, roof - 0.05);
            cairo_curve_to (cr, x0, roof + 0.02, x1, roof + 0.02, x1 + dir * 0.18, roof - 0.04);
            cairo_line_to (cr, x1 + dir * 0.34, seat + 0.12);
            prop_stroke (cr, scene, 0.012);
          }
      }
      break;

    case PHYSIO_PROP_STEP:
      {
        PhysioPoint heel = at (scene, 0, prop->at == PHYSIO_JOINT_FAR_TOE ||
                                         prop->at == PHYSIO_JOINT_FAR_HEEL ||
                                         prop->at == PHYSIO_JOINT_FAR_ANKLE ?
                                         PHYSIO_JOINT_FAR_HEEL : PHYSIO_JOINT_NEAR_HEEL);
        PhysioPoint toe = at (scene, 0, prop->at == PHYSIO_JOINT_FAR_TOE ||
                                        prop->at == PHYSIO_JOINT_FAR_HEEL ||
                                        prop->at == PHYSIO_JOINT_FAR_ANKLE ?
                                        PHYSIO_JOINT_FAR_TOE : PHYSIO_JOINT_NEAR_TOE);
        double top = MIN (heel.y, toe.y) - 0.016;

        heel.x += shift;
        toe.x += shift;
        if (top > 0.02)
          prop_box (cr, scene, MIN (heel.x, toe.x) - 0.05, 0, MAX (heel.x, toe.x) + 0.07, top);
      }
      break;

    case PHYSIO_PROP_WALL:
      dir = away_from_body (scene, 0, prop->at);
      x0 = p.x + dir * (r + 0.004);
      prop_box (cr, scene, x0, 0, x0 + dir * 0.035, 1.12);
      break;

    case PHYSIO_PROP_TABLE:
      dir = away_from_body (scene, 0, prop->at);
      {
        double top = p.y - r;

        prop_box (cr, scene, p.x - dir * 0.08, top - 0.035, p.x + dir * 0.32, top);
        cairo_move_to (cr, p.x + dir * 0.28, top - 0.035);
        cairo_line_to (cr, p.x + dir * 0.28, 0);
        prop_stroke (cr, scene, 0.016);
      }
      break;

    case PHYSIO_PROP_PILLOW:
      cairo_save (cr);
      cairo_translate (cr, p.x, p.y - r - 0.022);
      cairo_scale (cr, 0.09, 0.028);
      cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
      cairo_restore (cr);
      set_colour (cr, scene->style->prop_fill);
      cairo_fill_preserve (cr);
      prop_stroke (cr, scene, 0.006);
      break;

    case PHYSIO_PROP_BIKE:
      {
        /* Seat under the hip, a crank between the feet, bars at the hands. */
        PhysioPoint near_foot = at (scene, 0, PHYSIO_JOINT_NEAR_ANKLE);
        PhysioPoint far_foot = at (scene, 0, PHYSIO_JOINT_FAR_ANKLE);
        PhysioPoint hand = at (scene, 0, PHYSIO_JOINT_NEAR_HAND);
        PhysioPoint crank = { (near_foot.x + far_foot.x) / 2 + shift,
                              (near_foot.y + far_foot.y) / 2 };
        double seat = hip.y - physio_joint_radius (PHYSIO_JOINT_HIP);

        hand.x += shift;
        prop_box (cr, scene, hip.x - 0.08, seat - 0.025, hip.x + 0.06, seat);
        cairo_move_to (cr, hip.x, seat - 0.025);
        cairo_line_to (cr, crank.x, crank.y);
        cairo_line_to (cr, hand.x, hand.y - 0.02);
        cairo_move_to (cr, hip.x - 0.02, seat - 0.025);
        cairo_line_to (cr, hip.x - 0.05, 0);
        cairo_line_to (cr, crank.x + 0.25, 0);
        cairo_line_to (cr, hand.x, hand.y - 0.02);
        prop_stroke (cr, scene, 0.016);
        cairo_new_sub_path (cr);
        cairo_arc (cr, crank.x, crank.y, hypot (near_foot.x - far_foot.x,
                                               near_foot.y - far_foot.y) / 2, 0, 2 * G_PI);
        prop_stroke (cr, scene, 0.008);
      }
      break;

    case PHYSIO_PROP_ELLIPTICAL:
      {
        PhysioPoint near_heel = at (scene, 0, PHYSIO_JOINT_NEAR_HEEL);
        PhysioPoint far_heel = at (scene, 0, PHYSIO_JOINT_FAR_HEEL);
        PhysioPoint hand = at (scene, 0, PHYSIO_JOINT_NEAR_HAND);
        double front = MAX (near_heel.x, far_heel.x) + shift + 0.30;

        hand.x += shift;
        cairo_move_to (cr, near_heel.x + shift - 0.04, near_heel.y - 0.02);
        cairo_line_to (cr, near_heel.x + shift + 0.18, near_heel.y - 0.02);
        cairo_move_to (cr, far_heel.x + shift - 0.04, far_heel.y - 0.02);
        cairo_line_to (cr, far_heel.x + shift + 0.18, far_heel.y - 0.02);
        cairo_move_to (cr, MIN (near_heel.x, far_heel.x) + shift - 0.1, 0);
        cairo_line_to (cr, front, 0);
        cairo_line_to (cr, front, hand.y - 0.1);
        cairo_move_to (cr, hand.x, hand.y);
        cairo_line_to (cr, front, hand.y - 0.1);
        prop_stroke (cr, scene, 0.016);
      }
      break;

    case PHYSIO_PROP_WATER:
    case PHYSIO_PROP_STRAP:
    case PHYSIO_PROP_BAND:
    case PHYSIO_PROP_DUMBBELL:
    case PHYSIO_PROP_KETTLEBELL:
    case PHYSIO_PROP_BAG:
    case PHYSIO_PROP_DOWEL:
    case PHYSIO_PROP_HEAT:
    case PHYSIO_PROP_WATCH:
    case PHYSIO_N_PROPS:
    default:
      break;
    }
}

/* Equipment that moves with the body, drawn with each pose; the rest stands on the floor. */
static const gboolean held_kinds[PHYSIO_N_PROPS] = {
  [PHYSIO_PROP_STRAP] = TRUE,
  [PHYSIO_PROP_BAND] = TRUE,
  [PHYSIO_PROP_DUMBBELL] = TRUE,
  [PHYSIO_PROP_KETTLEBELL] = TRUE,
  [PHYSIO_PROP_BAG] = TRUE,
  [PHYSIO_PROP_DOWEL] = TRUE,
  [PHYSIO_PROP_HEAT] = TRUE,
  [PHYSIO_PROP_WATCH] = TRUE,
};

static gboolean
is_held (PhysioPropKind kind)
{
  return kind < PHYSIO_N_PROPS && held_kinds[kind];
}

/* Held equipment is drawn with its pose, so the start pose's is ghosted with it. */
static void
held_prop (cairo_t          *cr,
           const Scene      *scene,
           guint             pose,
           const PhysioProp *prop)
{
  PhysioPoint p = at (scene, pose, prop->at);
  PhysioPoint q = at (scene, pose, prop->to);
  double dir;

  switch (prop->kind)
    {
    case PHYSIO_PROP_STRAP:
      cairo_move_to (cr, p.x, p.y);
      cairo_line_to (cr, q.x, q.y);
      prop_stroke (cr, scene, 0.012);
      break;

    case PHYSIO_PROP_BAND:
      /* Fixed at a door or post in front of where the hands start, so the band stretches
       * from the same post in both poses (side by side, each pose has its post). */
      {
        PhysioPoint start = at (scene, 0, prop->at);
        double post;

        dir = away_from_body (scene, 0, prop->at);
        post = start.x + dir * 0.42;
        if (scene->figure->layout == PHYSIO_FIGURE_SEQUENCE)
          post += scene->offset[pose] - scene->offset[0];
        cairo_move_to (cr, p.x, p.y);
        cairo_line_to (cr, post, start.y);
        prop_stroke (cr, scene, 0.01);
        prop_box (cr, scene, post, 0, post + dir * 0.04, 1.1);
      }
      break;

    case PHYSIO_PROP_DUMBBELL:
      cairo_move_to (cr, p.x - 0.05, p.y);
      cairo_line_to (cr, p.x + 0.05, p.y);
      prop_stroke (cr, scene, 0.014);
      prop_box (cr, scene, p.x - 0.065, p.y - 0.035, p.x - 0.04, p.y + 0.035);
      prop_box (cr, scene, p.x + 0.04, p.y - 0.035, p.x + 0.065, p.y + 0.035);
      break;

    case PHYSIO_PROP_KETTLEBELL:
      cairo_new_sub_path (cr);
      cairo_arc (cr, p.x, p.y - 0.07, 0.045, 0, 2 * G_PI);
      set_colour (cr, scene->style->prop);
      cairo_fill (cr);
      cairo_new_sub_path (cr);
      cairo_arc (cr, p.x, p.y - 0.03, 0.025, G_PI, 2 * G_PI);
      prop_stroke (cr, scene, 0.01);
      break;

    case PHYSIO_PROP_BAG:
      prop_box (cr, scene, p.x - 0.05, p.y - 0.12, p.x + 0.05, p.y - 0.03);
      cairo_move_to (cr, p.x - 0.025, p.y - 0.03);
      cairo_line_to (cr, p.x, p.y);
      cairo_line_to (cr, p.x + 0.025, p.y - 0.03);
      prop_stroke (cr, scene, 0.008);
      break;

    case PHYSIO_PROP_DOWEL:
      {
        /* Along the back: head, upper back and sacrum touch it. */
        PhysioPoint head = at (scene, pose, PHYSIO_JOINT_HEAD);
        PhysioPoint hip = at (scene, pose, PHYSIO_JOINT_HIP);
        PhysioPoint shoulder = at (scene, pose, PHYSIO_JOINT_SHOULDER);
        double ux = shoulder.x - hip.x, uy = shoulder.y - hip.y;
        double length = hypot (ux, uy);
        double bx = -uy / length, by = ux / length;   /* behind the back when facing right */
        double hr = physio_joint_radius (PHYSIO_JOINT_HEAD);

        cairo_move_to (cr, head.x + bx * hr + ux / length * 0.08,
                       head.y + by * hr + uy / length * 0.08);
        cairo_line_to (cr, hip.x + bx * 0.06 - ux / length * 0.10,
                       hip.y + by * 0.06 - uy / length * 0.10);
        prop_stroke (cr, scene, 0.014);
      }
      break;

    case PHYSIO_PROP_HEAT:
      cairo_new_sub_path (cr);
      cairo_arc (cr, p.x, p.y, 0.04, 0, 2 * G_PI);
      set_colour (cr, scene->style->accent);
      cairo_fill (cr);
      break;

    case PHYSIO_PROP_WATCH:
      prop_box (cr, scene, p.x - 0.02, p.y - 0.02, p.x + 0.02, p.y + 0.02);
      break;

    case PHYSIO_PROP_MAT:
    case PHYSIO_PROP_CHAIR:
    case PHYSIO_PROP_BOX:
    case PHYSIO_PROP_STEP:
    case PHYSIO_PROP_WALL:
    case PHYSIO_PROP_TABLE:
    case PHYSIO_PROP_PILLOW:
    case PHYSIO_PROP_WATER:
    case PHYSIO_PROP_BED:
    case PHYSIO_PROP_BIKE:
    case PHYSIO_PROP_ELLIPTICAL:
    case PHYSIO_PROP_CAR:
    case PHYSIO_N_PROPS:
    default:
      break;
    }
}

static void
body (cairo_t     *cr,
      const Scene *scene,
      guint        pose)
{
  const PhysioFigureStyle *style = scene->style;

  if (scene->figure->view == PHYSIO_POSE_VIEW_SIDE)
    {
      limb (cr, scene, pose, PHYSIO_POSE_FAR, FALSE, style->far_body);
      limb (cr, scene, pose, PHYSIO_POSE_FAR, TRUE, style->far_body);
      trunk_and_head (cr, scene, pose, style->body);
      limb (cr, scene, pose, PHYSIO_POSE_NEAR, TRUE, style->body);
      limb (cr, scene, pose, PHYSIO_POSE_NEAR, FALSE, style->body);
    }
  else
    {
      limb (cr, scene, pose, PHYSIO_POSE_NEAR, TRUE, style->body);
      limb (cr, scene, pose, PHYSIO_POSE_FAR, TRUE, style->body);
      broad_trunk (cr, scene, pose, style->body);
      trunk_and_head (cr, scene, pose, style->body);
      limb (cr, scene, pose, PHYSIO_POSE_NEAR, FALSE, style->body);
      limb (cr, scene, pose, PHYSIO_POSE_FAR, FALSE, style->body);
    }
  for (guint i = 0; i < scene->figure->n_props; i++)
    if (is_held (scene->figure->props[i].kind))
      held_prop (cr, scene, pose, &scene->figure->props[i]);
}

/* A curved arrow beside the path of @joint from the first pose to the second, bowed away from
 * the body so it never hides a limb. */
static void
arrow (cairo_t     *cr,
       const Scene *scene,
       PhysioJoint  joint)
{
  PhysioPoint a = at (scene, 0, joint);
  PhysioPoint b = at (scene, 1, joint);
  PhysioPoint hip = at (scene, 1, PHYSIO_JOINT_HIP);
  double dx = b.x - a.x, dy = b.y - a.y;
  double length = hypot (dx, dy);
  double nx, ny, mx, my, cx, cy, tx, ty, tl, clearance;

  if (length < 0.03)
    return;
  nx = -dy / length;
  ny = dx / length;
  mx = (a.x + b.x) / 2;
  my = (a.y + b.y) / 2;
  if ((mx - hip.x) * nx + (my - hip.y) * ny < 0)
    {
      nx = -nx;
      ny = -ny;
    }
  clearance = physio_joint_radius (joint) + 0.035;
  a.x += nx * clearance;
  a.y += ny * clearance;
  b.x += nx * clearance;
  b.y += ny * clearance;
  cx = mx + nx * (clearance + 0.25 * length);
  cy = my + ny * (clearance + 0.25 * length);

  set_colour (cr, scene->style->accent);
  cairo_set_line_width (cr, 0.014);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, a.x, a.y);
  cairo_curve_to (cr, cx, cy, cx, cy, b.x, b.y);
  cairo_stroke (cr);

  /* The head points along the curve's last tangent. */
  tx = b.x - cx;
  ty = b.y - cy;
  tl = hypot (tx, ty);
  if (tl < 1e-6)
    return;
  tx /= tl;
  ty /= tl;
  cairo_move_to (cr, b.x + tx * 0.03, b.y + ty * 0.03);
  cairo_line_to (cr, b.x - tx * 0.03 - ty * 0.028, b.y - ty * 0.03 + tx * 0.028);
  cairo_line_to (cr, b.x - tx * 0.03 + ty * 0.028, b.y - ty * 0.03 - tx * 0.028);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_scene (cairo_t     *cr,
            const Scene *scene)
{
  const PhysioFigure *figure = scene->figure;
  guint last = figure->n_poses - 1;
  guint first_support = figure->layout == PHYSIO_FIGURE_SEQUENCE ? 0 : last;

  for (guint pose = first_support; pose <= last; pose++)
    for (guint i = 0; i < figure->n_props; i++)
      if (!is_held (figure->props[i].kind) && figure->props[i].kind != PHYSIO_PROP_WATER)
        support_prop (cr, scene, pose, &figure->props[i]);

  for (guint pose = 0; pose <= last; pose++)
    {
      gboolean ghost = pose < last && figure->layout == PHYSIO_FIGURE_OVERLAY;

      if (scene->measuring)
        {
          body (cr, scene, pose);
          continue;
        }
      /* A group, so that the ghost's overlapping parts do not darken each other. */
      cairo_push_group (cr);
      body (cr, scene, pose);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, ghost ? scene->style->ghost_alpha : 1);
    }

  for (guint i = 0; i < figure->n_arrows; i++)
    arrow (cr, scene, figure->arrows[i].joint);
}

/* The floor, and water where the exercise is in a pool, across the whole scene. */
static void
draw_ground (cairo_t           *cr,
             const Scene       *scene,
             double             x0,
             double             x1)
{
  for (guint i = 0; i < scene->figure->n_props; i++)
    {
      const PhysioProp *prop = &scene->figure->props[i];
      double level;

      if (prop->kind != PHYSIO_PROP_WATER)
        continue;
      level = at (scene, 0, prop->at).y;
      cairo_rectangle (cr, x0, 0, x1 - x0, level);
      cairo_set_source_rgba (cr, scene->style->prop_fill[0], scene->style->prop_fill[1],
                             scene->style->prop_fill[2], 0.8);
      cairo_fill (cr);
      cairo_move_to (cr, x0, level);
      for (double x = x0; x < x1; x += 0.08)
        cairo_curve_to (cr, x + 0.02, level + 0.015, x + 0.06, level - 0.015,
                        MIN (x + 0.08, x1), level);
      prop_stroke (cr, scene, 0.008);
    }

  if (scene->figure->view == PHYSIO_POSE_VIEW_TOP)
    return;
  cairo_move_to (cr, x0, 0);
  cairo_line_to (cr, x1, 0);
  prop_stroke (cr, scene, 0.01);
}

void
physio_figure_draw (cairo_t                 *cr,
                    const PhysioFigure      *figure,
                    double                   width,
                    double                   height,
                    const PhysioFigureStyle *style)
{
  Scene scene = { figure, style, };
  cairo_surface_t *recording;
  cairo_t *rc;
  double ex, ey, ew, eh, x0, x1, y_top, y_bottom, scale;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (figure != NULL && figure->n_poses >= 1 &&
                    figure->n_poses <= PHYSIO_FIGURE_MAX_POSES);
  g_return_if_fail (style != NULL);

  if (width <= 0 || height <= 0)
    return;

  for (guint i = 0; i < figure->n_poses; i++)
    {
      physio_pose_solve (&figure->poses[i], figure->view, &scene.points[i]);
      /* Whatever lies on a mat rests on its top, not sunk into it. */
      for (guint p = 0; p < figure->n_props; p++)
        if (figure->props[p].kind == PHYSIO_PROP_MAT)
          {
            for (guint j = 0; j < PHYSIO_N_JOINTS; j++)
              scene.points[i].at[j].y += MAT_HEIGHT;
            break;
          }
    }
  if (figure->layout == PHYSIO_FIGURE_OVERLAY && figure->n_poses == 2)
    scene.offset[1] = scene.points[0].at[figure->anchor].x - scene.points[1].at[figure->anchor].x;
  if (figure->layout == PHYSIO_FIGURE_SEQUENCE && figure->n_poses == 2)
    {
      double a0, a1, b0, b1;

      body_x_range (&scene, 0, &a0, &a1);
      body_x_range (&scene, 1, &b0, &b1);
      scene.offset[1] = a1 - b0 + SEQUENCE_GAP;
    }

  /* Model units are body heights with y up; the recording's are thousandths with y down. */
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  rc = cairo_create (recording);
  cairo_scale (rc, RECORD_SCALE, -RECORD_SCALE);
  scene.measuring = TRUE;
  draw_scene (rc, &scene);
  scene.measuring = FALSE;
  cairo_destroy (rc);
  cairo_recording_surface_ink_extents (recording, &ex, &ey, &ew, &eh);
  cairo_surface_destroy (recording);
  ex /= RECORD_SCALE;
  ey /= RECORD_SCALE;
  ew /= RECORD_SCALE;
  eh /= RECORD_SCALE;

  x0 = ex - MARGIN;
  x1 = ex + ew + MARGIN;
  y_top = ey - MARGIN;
  y_bottom = (figure->view == PHYSIO_POSE_VIEW_TOP ? ey + eh : MAX (ey + eh, 0)) + MARGIN;
  scale = MIN (width / (x1 - x0), height / (y_bottom - y_top));

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_translate (cr, (width - (x1 - x0) * scale) / 2, (height - (y_bottom - y_top) * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -x0, -y_top);

  cairo_scale (cr, 1, -1);
  draw_ground (cr, &scene, x0, x1);
  draw_scene (cr, &scene);
  cairo_restore (cr);
}
