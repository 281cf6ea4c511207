/* physio-handout-text.c: the handout's fixed patient texts (brief 7.2 to 7.6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain words to "you", short sentences, nothing alarming: a sore back is a sensitive back.
 * Every text is translatable; the handout is drawn in whatever gettext language is current.
 */

#define G_LOG_DOMAIN "physio-render"

#include "config.h"

#include "physio-i18n.h"

#include "physio-handout-private.h"

const char *
_physio_handout_how_to_use (void)
{
  return _("Do the exercises on the days ticked in your week plan. Tick each one off in the "
           "diary at the back, and write down your pain each morning. Bring this sheet to your "
           "next appointment.");
}

/* Green, amber, red: what the pain score means and what to do about it. */
void
_physio_handout_pain_guide (const char **label,
                            const char **text)
{
  label[0] = _("Green: 0–2 out of 10");
  text[0] = _("Fine. Carry on.");
  label[1] = _("Amber: 3–5 out of 10");
  text[1] = _("Acceptable, as long as your back is back to its usual level by the next morning. "
              "Keep the same amount.");
  label[2] = _("Red: 6 or more, or clearly worse the next morning");
  text[2] = _("Ease off next time: do fewer repetitions or a shorter time, or go back to last "
              "week’s amount. If this happens twice in one week, tell your clinician.");
}

const char *
_physio_handout_pain_guide_footer (void)
{
  return _("Keep walking and moving gently even on bad days. Short and often is better than "
           "stopping.");
}

const char * const *
_physio_handout_red_flags (PhysioRedFlagLevel level,
                           const char       **heading)
{
  static const char *urgent[5], *same_day[7], *soon[5];

  switch (level)
    {
    case PHYSIO_RED_FLAG_URGENT:
      *heading = _("Go to an emergency department straight away (do not wait for your next "
                   "appointment) if you notice any of these, new or getting worse:");
      urgent[0] = _("numbness, tingling or less feeling between your legs, around your genitals "
                    "or back passage, or on your buttocks – or it feels different when you wipe "
                    "after using the toilet");
      urgent[1] = _("new difficulty passing urine or controlling your bladder or bowels, "
                    "leaking, or not being able to tell when your bladder is full");
      urgent[2] = _("a new change in sexual function or sensation");
      urgent[3] = _("pain, numbness or weakness in both legs, or weakness in a leg or foot that "
                    "is getting worse quickly (for example, your foot catches or drags)");
      urgent[4] = NULL;
      return urgent;

    case PHYSIO_RED_FLAG_SAME_DAY:
      *heading = _("Contact a doctor the same day if you have back pain together with:");
      same_day[0] = _("a fever, shivers or feeling generally very unwell");
      same_day[1] = _("a recent fall or accident (even a small one if you have thin bones or "
                      "take steroid tablets)");
      same_day[2] = _("a past history of cancer");
      same_day[3] = _("weight loss you cannot explain");
      same_day[4] = _("pain that is constant and getting worse, is not eased by changing "
                      "position, or is worst at night");
      same_day[5] = _("a weakened immune system, a recent serious infection, or injecting drugs");
      same_day[6] = NULL;
      return same_day;

    case PHYSIO_RED_FLAG_SOON:
    default:
      *heading = _("Contact your clinician soon if:");
      soon[0] = _("pain, pins and needles or numbness spreading down a leg is getting worse");
      soon[1] = _("your pain has not started to improve after about 4 weeks");
      soon[2] = _("a flare-up does not settle within about a week using your flare-up plan");
      soon[3] = _("you feel low or very worried, or cannot sleep because of the pain");
      soon[4] = NULL;
      return soon;
    }
}

const char * const *
_physio_handout_advice (void)
{
  static const char *advice[10];

  advice[0] = _("<b>Back pain is very common and usually improves,</b> often a lot within the "
                "first few weeks. It can come back; if it does, the same plan helps.");
  advice[1] = _("<b>Pain does not mean damage.</b> A sore back is usually a sensitive back, not "
                "a broken one. Moving helps it settle.");
  advice[2] = _("<b>Avoid bed rest.</b> Staying in bed makes you weaker and slows recovery. "
                "Short rests in a comfortable position are fine. Get up and move again after "
                "20 minutes at most.");
  advice[3] = _("<b>Keep up your normal activities as much as you can,</b> including work, "
                "adjusting them where needed.");
  advice[4] = _("<b>Break up sitting:</b> stand up and move every 30–45 minutes.");
  advice[5] = _("<b>Walk every day,</b> starting with a few minutes and building up. A bike or "
                "a warm pool are good alternatives.");
  advice[6] = _("<b>Pace yourself:</b> spread activity through the day, and keep doing your "
                "plan on good days and on bad days.");
  advice[7] = _("<b>Heat can ease pain;</b> use it before moving. Sleep, stress and mood "
                "affect pain – look after them too.");
  advice[8] = _("<b>Lifting:</b> keep things close, and use the ways you practised. Your back "
                "is strong and gets stronger with use.");
  advice[9] = NULL;
  return advice;
}

const char * const *
_physio_handout_flare_up_plan (void)
{
  static const char *plan[7];

  plan[0] = _("Don’t panic. Flare-ups are common and usually settle.");
  plan[1] = _("Keep moving. Take short, frequent walks instead of one long one.");
  plan[2] = _("Go back to the previous, easier level of your exercises for a few days.");
  plan[3] = _("Use comfort strategies: heat, relaxed breathing, resting positions (up to 20 "
              "minutes, then move).");
  plan[4] = _("Build back up to your normal plan over about a week.");
  plan[5] = _("Contact your clinician if it is not settling within about a week, or at once if "
              "any warning sign in the box “When to stop and get help” appears.");
  plan[6] = NULL;
  return plan;
}

char *
_physio_handout_disclaimer (const char  *patient,
                            const char  *clinician,
                            const GDate *issued)
{
  g_autofree char *date = _physio_handout_format_date (issued);

  if (patient != NULL && *patient != '\0' && clinician != NULL && *clinician != '\0')
    /* Translators: the footer of every handout page: patient, clinician, date issued. */
    return g_strdup_printf (_("Prepared for %s by %s on %s. For this person only. Not a "
                              "substitute for medical assessment – if any warning sign on "
                              "this sheet appears, stop and get help as shown."),
                            patient, clinician, date);
  return g_strdup (_("Your clinician chose these exercises for you. Mild discomfort is normal; "
                     "follow the pain guide, and seek care if you notice any warning sign."));
}

/* Dates in words, which no patient misreads as month-first or day-first. */
char *
_physio_handout_format_date (const GDate *date)
{
  /* Translators: how the handout writes a date, in strftime () notation: "5 January 2026".
     %B and %b are taken from this catalogue's month names. */
  return physio_i18n_format_date (_("%e %B %Y"), date);
}
