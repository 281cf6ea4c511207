/* physio-pose.h: an exercise figure as data: poses of a simple human body, props and arrows
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PHYSIO_POSE_ERROR (physio_pose_error_quark ())
GQuark physio_pose_error_quark (void);

/* A figure is drawn in one plane. Side view: the figure faces right (+x), angles are flexion
 * (positive) and extension (negative) in the sagittal plane, the near side is drawn on top and
 * the far side behind in a lighter tone. Front view: the same chain seen from the front, angles
 * are abduction away from the midline; the near side is the figure's left, drawn on the left.
 * Top view: the front view's body seen from above a person lying on the floor, with no floor
 * line (knee rolls). */
typedef enum
{
  PHYSIO_POSE_VIEW_SIDE,
  PHYSIO_POSE_VIEW_FRONT,
  PHYSIO_POSE_VIEW_TOP,
} PhysioPoseView;

typedef enum
{
  PHYSIO_POSE_NEAR,
  PHYSIO_POSE_FAR,
  PHYSIO_POSE_N_SIDES,
} PhysioPoseSide;

/* Joint angles of one limb pair in degrees. Shoulder and hip: 0 = along the trunk, pointing
 * to the feet; 90 = straight out in front (side view) or out to the side (front view); 180 =
 * overhead. Elbow and knee: 0 = straight, positive = bent. Ankle: 0 = foot at a right angle
 * to the shin, positive = toes up (dorsiflexion), negative = pointed. The scales shorten a
 * segment that points towards or away from the viewer (1 = in the plane). */
typedef struct
{
  double shoulder;
  double elbow;
  double hip;
  double knee;
  double ankle;
  double thigh_scale;
  double shank_scale;
  double arm_scale;
} PhysioLimbAngles;

/* One pose. @trunk is the angle of the lower trunk from upright, positive leaning forward
 * (90 = face down, head to the right; -90 = on the back, head to the left). @lumbar bends the
 * upper trunk forward of the lower trunk (positive = rounding, negative = arching). @neck bends
 * the head forward of the upper trunk. @lift raises the lowest point of the body above the
 * floor, in body heights (a bed, a seat that the feet do not reach). */
typedef struct
{
  double           trunk;
  double           lumbar;
  double           neck;
  double           lift;
  PhysioLimbAngles limb[PHYSIO_POSE_N_SIDES];
} PhysioPose;

/* Body points a pose puts in the plane: x to the right, y up, in body heights, the floor at
 * y = 0. */
typedef enum
{
  PHYSIO_JOINT_HIP,          /* the middle of the pelvis */
  PHYSIO_JOINT_WAIST,        /* where lower and upper trunk meet */
  PHYSIO_JOINT_SHOULDER,     /* the middle of the shoulder line */
  PHYSIO_JOINT_HEAD,         /* the centre of the head */
  PHYSIO_JOINT_NEAR_SHOULDER,
  PHYSIO_JOINT_NEAR_ELBOW,
  PHYSIO_JOINT_NEAR_HAND,
  PHYSIO_JOINT_NEAR_HIP,
  PHYSIO_JOINT_NEAR_KNEE,
  PHYSIO_JOINT_NEAR_ANKLE,
  PHYSIO_JOINT_NEAR_HEEL,
  PHYSIO_JOINT_NEAR_TOE,
  PHYSIO_JOINT_FAR_SHOULDER,
  PHYSIO_JOINT_FAR_ELBOW,
  PHYSIO_JOINT_FAR_HAND,
  PHYSIO_JOINT_FAR_HIP,
  PHYSIO_JOINT_FAR_KNEE,
  PHYSIO_JOINT_FAR_ANKLE,
  PHYSIO_JOINT_FAR_HEEL,
  PHYSIO_JOINT_FAR_TOE,
  PHYSIO_N_JOINTS,
} PhysioJoint;

typedef struct
{
  double x;
  double y;
} PhysioPoint;

typedef struct
{
  PhysioPoint at[PHYSIO_N_JOINTS];
} PhysioBodyPoints;

/* Segment lengths in body heights (Drillis and Contini, as tabled by Winter). */
#define PHYSIO_BODY_TRUNK      0.288
#define PHYSIO_BODY_NECK_HEAD  0.182
#define PHYSIO_BODY_HEAD       0.130
#define PHYSIO_BODY_THIGH      0.245
#define PHYSIO_BODY_SHANK      0.246
#define PHYSIO_BODY_ANKLE      0.039
#define PHYSIO_BODY_FOOT       0.152
#define PHYSIO_BODY_UPPER_ARM  0.186
#define PHYSIO_BODY_FOREARM    0.146
#define PHYSIO_BODY_HAND       0.108
#define PHYSIO_BODY_SHOULDERS  0.259
#define PHYSIO_BODY_HIPS       0.191

/* What stands around the body. Each prop is placed at a body point of the figure's last pose
 * (@at), or between two (@at and @to: a band from its anchor to the hand, a strap from the hand
 * to the foot). */
typedef enum
{
  PHYSIO_PROP_MAT,           /* under whatever lies on the floor */
  PHYSIO_PROP_CHAIR,         /* seat under @at (the hip), back behind it */
  PHYSIO_PROP_BOX,           /* a low seat or block under @at */
  PHYSIO_PROP_STEP,          /* a step under @at (a foot) */
  PHYSIO_PROP_WALL,          /* a wall just beyond @at (a hand, the back of the body) */
  PHYSIO_PROP_TABLE,         /* a counter whose top is at @at (a hand) */
  PHYSIO_PROP_BAND,          /* from a fixed anchor at the height of @at, in front, to @at */
  PHYSIO_PROP_STRAP,         /* from @at to @to */
  PHYSIO_PROP_DUMBBELL,      /* in the hand @at */
  PHYSIO_PROP_KETTLEBELL,    /* in the hand @at */
  PHYSIO_PROP_BAG,           /* a household object in the hand @at */
  PHYSIO_PROP_DOWEL,         /* a stick along the back, from the head to the hip */
  PHYSIO_PROP_PILLOW,        /* under @at */
  PHYSIO_PROP_WATER,         /* a water line at the height of @at */
  PHYSIO_PROP_BED,           /* a bed under the body */
  PHYSIO_PROP_BIKE,          /* a bike frame: seat under @at, pedals at the feet */
  PHYSIO_PROP_ELLIPTICAL,    /* a cross-trainer: pedals under the feet, handles at the hands */
  PHYSIO_PROP_CAR,           /* a car seat and door frame around the body */
  PHYSIO_PROP_HEAT,          /* a heat pack at @at */
  PHYSIO_PROP_WATCH,         /* a step counter at @at (the wrist) */
  PHYSIO_N_PROPS,
} PhysioPropKind;

typedef struct
{
  PhysioPropKind kind;
  PhysioJoint    at;
  PhysioJoint    to;
} PhysioProp;

/* A movement arrow: from a body point in the first pose to the same point in the second. */
typedef struct
{
  PhysioJoint joint;
} PhysioArrow;

typedef enum
{
  PHYSIO_FIGURE_OVERLAY,     /* the start pose ghosted under the end pose */
  PHYSIO_FIGURE_SEQUENCE,    /* start and end side by side */
} PhysioFigureLayout;

#define PHYSIO_FIGURE_MAX_POSES  2
#define PHYSIO_FIGURE_MAX_PROPS  6
#define PHYSIO_FIGURE_MAX_ARROWS 3

/* @anchor is the body point that stays put between the poses (the feet in a sit to stand, the
 * hip in a bridge): the poses are placed so that it coincides. */
typedef struct
{
  PhysioPoseView     view;
  PhysioFigureLayout layout;
  PhysioJoint        anchor;
  guint              n_poses;
  PhysioPose         poses[PHYSIO_FIGURE_MAX_POSES];
  guint              n_props;
  PhysioProp         props[PHYSIO_FIGURE_MAX_PROPS];
  guint              n_arrows;
  PhysioArrow        arrows[PHYSIO_FIGURE_MAX_ARROWS];
} PhysioFigure;

/* A pose with every limb straight and hanging, the scales 1: the start of a pose being
 * described. */
void        physio_pose_init_standing   (PhysioPose         *pose);

/* Whether every angle lies in the body's range of motion for @view (hip flexion up to 160°,
 * extension 30°, knee 0–160°: the deep ranges of kneeling and child's pose are passive). On failure @error says which joint and why, e.g.
 * "near knee 170° is outside 0° to 150°". */
gboolean    physio_pose_validate        (const PhysioPose   *pose,
                                         PhysioPoseView      view,
                                         GError            **error);
/* The range physio_pose_validate () allows for the angle @name ("trunk", "lumbar", "neck",
 * "shoulder", "elbow", "hip", "knee", "ankle") in @view, for an editor's spin buttons. */
gboolean    physio_pose_range           (PhysioPoseView      view,
                                         const char         *name,
                                         double             *min,
                                         double             *max);
gboolean    physio_figure_validate      (const PhysioFigure *figure,
                                         GError            **error);

/* Forward kinematics: the body points of @pose, placed so that its lowest point rests on the
 * floor (or @lift above it) with the hip at x = 0. */
void        physio_pose_solve           (const PhysioPose   *pose,
                                         PhysioPoseView      view,
                                         PhysioBodyPoints   *points);

/* Half the drawn thickness of the body at @joint, in body heights: placement rests surfaces,
 * not centre lines, on the floor, and the renderer draws the same widths. */
double      physio_joint_radius         (PhysioJoint         joint);

/* Names used by the figure data ("near_hand", "mat"); -1 when unknown. */
int         physio_joint_from_name      (const char         *name);
const char *physio_joint_to_name        (PhysioJoint         joint);
int         physio_prop_kind_from_name  (const char         *name);
const char *physio_prop_kind_to_name    (PhysioPropKind      kind);

G_END_DECLS
