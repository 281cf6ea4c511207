/* po/library-strings.c: the built-in exercise texts, for xgettext only
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generated from data/exercises.json by tools/library-strings.py (run by
 * tools/update-po); do not edit. Never compiled. */

/* TRANSLATORS: name of the exercise AER-01 in the built-in library */
C_("exercise", "Easy walk");
/* TRANSLATORS: step 1 of the exercise “Easy walk”, read by the patient */
C_("exercise", "Wear comfortable shoes and pick a flat route you know.");
/* TRANSLATORS: step 2 of the exercise “Easy walk”, read by the patient */
C_("exercise", "Walk at a relaxed pace where you could easily hold a conversation.");
/* TRANSLATORS: step 3 of the exercise “Easy walk”, read by the patient */
C_("exercise", "Let your arms swing and look ahead rather than down at your feet.");
/* TRANSLATORS: step 4 of the exercise “Easy walk”, read by the patient */
C_("exercise", "Keep going for the set time. Slowing down is fine if your back complains.");
/* TRANSLATORS: a short coaching cue for “Easy walk”, read by the patient */
C_("exercise", "Little and often beats one long walk");
/* TRANSLATORS: a short coaching cue for “Easy walk”, read by the patient */
C_("exercise", "Tall and relaxed");
/* TRANSLATORS: the caution printed with “Easy walk”: plain and reassuring */
C_("exercise", "Stop and rest if pain goes above 5/10, or if numbness or weakness spreads into a leg.");
/* TRANSLATORS: how the clinician makes “Easy walk” easier */
C_("exercise", "Split into 2–3 minute walks spread over the day.");
/* TRANSLATORS: how hard “Easy walk” should feel, read by the patient */
C_("exercise", "easy - can chat in full sentences (RPE 2–3/10)");
/* TRANSLATORS: name of the exercise AER-02 in the built-in library */
C_("exercise", "Brisk walk");
/* TRANSLATORS: step 1 of the exercise “Brisk walk”, read by the patient */
C_("exercise", "Start with 2–3 minutes of easy walking to warm up.");
/* TRANSLATORS: step 2 of the exercise “Brisk walk”, read by the patient */
C_("exercise", "Speed up until you breathe faster but can still talk in short sentences.");
/* TRANSLATORS: step 3 of the exercise “Brisk walk”, read by the patient */
C_("exercise", "Hold that pace for the main part of the walk.");
/* TRANSLATORS: step 4 of the exercise “Brisk walk”, read by the patient */
C_("exercise", "Ease back to a slow pace for the last 2–3 minutes.");
/* TRANSLATORS: a short coaching cue for “Brisk walk”, read by the patient */
C_("exercise", "Quick, light steps");
/* TRANSLATORS: a short coaching cue for “Brisk walk”, read by the patient */
C_("exercise", "Swing your arms");
/* TRANSLATORS: the caution printed with “Brisk walk”: plain and reassuring */
C_("exercise", "Drop back to an easy pace if pain rises above 5/10; choose even ground at first.");
/* TRANSLATORS: how hard “Brisk walk” should feel, read by the patient */
C_("exercise", "moderate - can talk but not sing (RPE 4–5/10)");
/* TRANSLATORS: name of the exercise AER-03 in the built-in library */
C_("exercise", "Interval or hill walk");
/* TRANSLATORS: step 1 of the exercise “Interval or hill walk”, read by the patient */
C_("exercise", "Warm up with 5 minutes of easy walking.");
/* TRANSLATORS: step 2 of the exercise “Interval or hill walk”, read by the patient */
C_("exercise", "Walk faster, or uphill, for 1 minute.");
/* TRANSLATORS: step 3 of the exercise “Interval or hill walk”, read by the patient */
C_("exercise", "Walk easily for 2 minutes to recover, then repeat the fast bout.");
/* TRANSLATORS: step 4 of the exercise “Interval or hill walk”, read by the patient */
C_("exercise", "Finish with 5 minutes of easy walking.");
/* TRANSLATORS: a short coaching cue for “Interval or hill walk”, read by the patient */
C_("exercise", "Shorter steps going downhill");
/* TRANSLATORS: the caution printed with “Interval or hill walk”: plain and reassuring */
C_("exercise", "Downhill stretches can be harder on a sore back - shorten your stride on the way down.");
/* TRANSLATORS: how hard “Interval or hill walk” should feel, read by the patient */
C_("exercise", "1-min fast or uphill bouts at RPE 5–6/10, x5, with 2-min easy recoveries");
/* TRANSLATORS: name of the exercise AER-04 in the built-in library */
C_("exercise", "Daily step goal");
/* TRANSLATORS: step 1 of the exercise “Daily step goal”, read by the patient */
C_("exercise", "Carry your phone or step counter from the time you get up.");
/* TRANSLATORS: step 2 of the exercise “Daily step goal”, read by the patient */
C_("exercise", "For the first 3 days just record your usual number of steps.");
/* TRANSLATORS: step 3 of the exercise “Daily step goal”, read by the patient */
C_("exercise", "After that, reach your daily target by adding short walks through the day.");
/* TRANSLATORS: step 4 of the exercise “Daily step goal”, read by the patient */
C_("exercise", "Write each day's total in your diary.");
/* TRANSLATORS: a short coaching cue for “Daily step goal”, read by the patient */
C_("exercise", "Spread the steps across the day");
/* TRANSLATORS: the caution printed with “Daily step goal”: plain and reassuring */
C_("exercise", "Build up across several short walks rather than one very long one.");
/* TRANSLATORS: how the clinician makes “Daily step goal” easier */
C_("exercise", "Return to the baseline average.");
/* TRANSLATORS: name of the exercise AER-05 in the built-in library */
C_("exercise", "Stationary bike (upright)");
/* TRANSLATORS: step 1 of the exercise “Stationary bike (upright)”, read by the patient */
C_("exercise", "Set the seat so your knee stays slightly bent when the pedal is at its lowest point.");
/* TRANSLATORS: step 2 of the exercise “Stationary bike (upright)”, read by the patient */
C_("exercise", "Sit tall with your hands resting lightly on the handlebars.");
/* TRANSLATORS: step 3 of the exercise “Stationary bike (upright)”, read by the patient */
C_("exercise", "Pedal smoothly against a light resistance.");
/* TRANSLATORS: step 4 of the exercise “Stationary bike (upright)”, read by the patient */
C_("exercise", "Finish with one minute of slow pedalling.");
/* TRANSLATORS: a short coaching cue for “Stationary bike (upright)”, read by the patient */
C_("exercise", "Smooth circles, relaxed shoulders");
/* TRANSLATORS: the caution printed with “Stationary bike (upright)”: plain and reassuring */
C_("exercise", "If sitting makes leg pain worse, use the recumbent bike or walk instead.");
/* TRANSLATORS: how hard “Stationary bike (upright)” should feel, read by the patient */
C_("exercise", "light resistance, RPE 3–4/10");
/* TRANSLATORS: name of the exercise AER-06 in the built-in library */
C_("exercise", "Recumbent bike");
/* TRANSLATORS: step 1 of the exercise “Recumbent bike”, read by the patient */
C_("exercise", "Adjust the seat so your legs are almost straight at the furthest point of the pedals.");
/* TRANSLATORS: step 2 of the exercise “Recumbent bike”, read by the patient */
C_("exercise", "Sit back fully against the backrest.");
/* TRANSLATORS: step 3 of the exercise “Recumbent bike”, read by the patient */
C_("exercise", "Pedal at a light, steady pace.");
/* TRANSLATORS: step 4 of the exercise “Recumbent bike”, read by the patient */
C_("exercise", "Slow down gradually for the final minute.");
/* TRANSLATORS: a short coaching cue for “Recumbent bike”, read by the patient */
C_("exercise", "Let the backrest take your weight");
/* TRANSLATORS: the caution printed with “Recumbent bike”: plain and reassuring */
C_("exercise", "Stop if leg tingling or numbness increases.");
/* TRANSLATORS: how the clinician makes “Recumbent bike” easier */
C_("exercise", "Use 3-minute bouts with breaks.");
/* TRANSLATORS: how hard “Recumbent bike” should feel, read by the patient */
C_("exercise", "easy, RPE 2–3/10");
/* TRANSLATORS: name of the exercise AER-07 in the built-in library */
C_("exercise", "Cross-trainer (elliptical)");
/* TRANSLATORS: step 1 of the exercise “Cross-trainer (elliptical)”, read by the patient */
C_("exercise", "Hold the fixed handles and step on one foot at a time.");
/* TRANSLATORS: step 2 of the exercise “Cross-trainer (elliptical)”, read by the patient */
C_("exercise", "Start slowly, keeping your body upright over your feet.");
/* TRANSLATORS: step 3 of the exercise “Cross-trainer (elliptical)”, read by the patient */
C_("exercise", "Move with smooth, even strides and let your arms help.");
/* TRANSLATORS: step 4 of the exercise “Cross-trainer (elliptical)”, read by the patient */
C_("exercise", "Slow down fully before stepping off.");
/* TRANSLATORS: a short coaching cue for “Cross-trainer (elliptical)”, read by the patient */
C_("exercise", "Stand tall, don't lean on the handles");
/* TRANSLATORS: the caution printed with “Cross-trainer (elliptical)”: plain and reassuring */
C_("exercise", "Needs steady balance - keep hold of the fixed handles if you feel unsteady.");
/* TRANSLATORS: how hard “Cross-trainer (elliptical)” should feel, read by the patient */
C_("exercise", "easy to moderate, RPE 3–5/10");
/* TRANSLATORS: name of the exercise AQU-01 in the built-in library */
C_("exercise", "Pool walking");
/* TRANSLATORS: step 1 of the exercise “Pool walking”, read by the patient */
C_("exercise", "Enter the pool by the steps, holding the rail.");
/* TRANSLATORS: step 2 of the exercise “Pool walking”, read by the patient */
C_("exercise", "Stand where the water is between waist and chest height.");
/* TRANSLATORS: step 3 of the exercise “Pool walking”, read by the patient */
C_("exercise", "Walk forwards across the pool, then backwards, then sideways.");
/* TRANSLATORS: step 4 of the exercise “Pool walking”, read by the patient */
C_("exercise", "Stay upright and take steps of a normal length.");
/* TRANSLATORS: a short coaching cue for “Pool walking”, read by the patient */
C_("exercise", "Let the water support you");
/* TRANSLATORS: the caution printed with “Pool walking”: plain and reassuring */
C_("exercise", "Warm pools can make you light-headed - drink water and climb out slowly. Not with open wounds or uncontrolled heart problems.");
/* TRANSLATORS: how the clinician makes “Pool walking” easier */
C_("exercise", "Walk holding the pool edge, for a shorter time.");
/* TRANSLATORS: how hard “Pool walking” should feel, read by the patient */
C_("exercise", "easy, RPE 2–4/10");
/* TRANSLATORS: name of the exercise AQU-02 in the built-in library */
C_("exercise", "Deep-water running");
/* TRANSLATORS: step 1 of the exercise “Deep-water running”, read by the patient */
C_("exercise", "Fasten a float belt and move to water deep enough that your feet don't touch the bottom.");
/* TRANSLATORS: step 2 of the exercise “Deep-water running”, read by the patient */
C_("exercise", "Keep your body upright, leaning only slightly forward.");
/* TRANSLATORS: step 3 of the exercise “Deep-water running”, read by the patient */
C_("exercise", "Move your legs as if running, with your arms swinging.");
/* TRANSLATORS: step 4 of the exercise “Deep-water running”, read by the patient */
C_("exercise", "Keep a steady effort for the set time.");
/* TRANSLATORS: a short coaching cue for “Deep-water running”, read by the patient */
C_("exercise", "Run tall, not bent over");
/* TRANSLATORS: the caution printed with “Deep-water running”: plain and reassuring */
C_("exercise", "Only if you are comfortable in deep water; have a lifeguard or partner nearby.");
/* TRANSLATORS: how hard “Deep-water running” should feel, read by the patient */
C_("exercise", "moderate, RPE 4–5/10");
/* TRANSLATORS: name of the exercise AQU-03 in the built-in library */
C_("exercise", "Water exercise class");
/* TRANSLATORS: step 1 of the exercise “Water exercise class”, read by the patient */
C_("exercise", "Tell the instructor you have back pain before the class starts.");
/* TRANSLATORS: step 2 of the exercise “Water exercise class”, read by the patient */
C_("exercise", "Follow at your own pace, making moves smaller when needed.");
/* TRANSLATORS: step 3 of the exercise “Water exercise class”, read by the patient */
C_("exercise", "Leave out jumps or twists that push pain above 5/10.");
/* TRANSLATORS: step 4 of the exercise “Water exercise class”, read by the patient */
C_("exercise", "Keep moving gently instead of stopping during the harder parts.");
/* TRANSLATORS: a short coaching cue for “Water exercise class”, read by the patient */
C_("exercise", "Your pace, not the class's pace");
/* TRANSLATORS: the caution printed with “Water exercise class”: plain and reassuring */
C_("exercise", "As for pool walking. Choose a class held in a warm pool if possible.");
/* TRANSLATORS: how hard “Water exercise class” should feel, read by the patient */
C_("exercise", "easy to moderate");
/* TRANSLATORS: name of the exercise AQU-04 in the built-in library */
C_("exercise", "Easy swimming");
/* TRANSLATORS: step 1 of the exercise “Easy swimming”, read by the patient */
C_("exercise", "Choose the stroke that feels best - backstroke or front crawl often suit sore backs.");
/* TRANSLATORS: step 2 of the exercise “Easy swimming”, read by the patient */
C_("exercise", "Swim one length at an easy pace.");
/* TRANSLATORS: step 3 of the exercise “Easy swimming”, read by the patient */
C_("exercise", "Rest at the wall for 30–60 seconds if you need to.");
/* TRANSLATORS: step 4 of the exercise “Easy swimming”, read by the patient */
C_("exercise", "Repeat until you reach the set distance.");
/* TRANSLATORS: a short coaching cue for “Easy swimming”, read by the patient */
C_("exercise", "Long, relaxed strokes");
/* TRANSLATORS: the caution printed with “Easy swimming”: plain and reassuring */
C_("exercise", "Breaststroke with your head held high arches the back and neck - use a float or change stroke if it hurts.");
/* TRANSLATORS: how hard “Easy swimming” should feel, read by the patient */
C_("exercise", "easy, rest at the wall as needed");
/* TRANSLATORS: name of the exercise MOB-01 in the built-in library */
C_("exercise", "Movement break");
/* TRANSLATORS: step 1 of the exercise “Movement break”, read by the patient */
C_("exercise", "Set a timer for 30–45 minutes whenever you sit down.");
/* TRANSLATORS: step 2 of the exercise “Movement break”, read by the patient */
C_("exercise", "When it goes off, stand up and walk around for a minute or two.");
/* TRANSLATORS: step 3 of the exercise “Movement break”, read by the patient */
C_("exercise", "Add a couple of gentle back movements that feel good.");
/* TRANSLATORS: step 4 of the exercise “Movement break”, read by the patient */
C_("exercise", "Restart the timer when you sit down again.");
/* TRANSLATORS: a short coaching cue for “Movement break”, read by the patient */
C_("exercise", "Your best posture is your next posture");
/* TRANSLATORS: the caution printed with “Movement break”: plain and reassuring */
C_("exercise", "If standing up hurts, use the sit-to-stand method (FUN-02).");
/* TRANSLATORS: how the clinician makes “Movement break” easier */
C_("exercise", "Stand and shift your weight for 30 seconds.");
/* TRANSLATORS: how hard “Movement break” should feel, read by the patient */
C_("exercise", "every 30–45 min of sitting");
/* TRANSLATORS: name of the exercise MOB-02 in the built-in library */
C_("exercise", "Pelvic tilt (lying)");
/* TRANSLATORS: step 1 of the exercise “Pelvic tilt (lying)”, read by the patient */
C_("exercise", "Lie on your back with knees bent and feet flat.");
/* TRANSLATORS: step 2 of the exercise “Pelvic tilt (lying)”, read by the patient */
C_("exercise", "Gently press your lower back towards the floor by tipping your pelvis back.");
/* TRANSLATORS: step 3 of the exercise “Pelvic tilt (lying)”, read by the patient */
C_("exercise", "Then let your lower back arch a little as you tip the pelvis forward.");
/* TRANSLATORS: step 4 of the exercise “Pelvic tilt (lying)”, read by the patient */
C_("exercise", "Rock slowly between the two, staying in a comfortable range.");
/* TRANSLATORS: a short coaching cue for “Pelvic tilt (lying)”, read by the patient */
C_("exercise", "Small, slow rocking");
/* TRANSLATORS: the caution printed with “Pelvic tilt (lying)”: plain and reassuring */
C_("exercise", "Keep the movement small; stop at the point where it starts to pinch.");
/* TRANSLATORS: how the clinician makes “Pelvic tilt (lying)” easier */
C_("exercise", "Smaller range, fewer repetitions.");
/* TRANSLATORS: name of the exercise MOB-03 in the built-in library */
C_("exercise", "Knee rolls");
/* TRANSLATORS: step 1 of the exercise “Knee rolls”, read by the patient */
C_("exercise", "Lie on your back with your knees bent and together, feet flat.");
/* TRANSLATORS: step 2 of the exercise “Knee rolls”, read by the patient */
C_("exercise", "Let both knees slowly fall to one side, only as far as is comfortable.");
/* TRANSLATORS: step 3 of the exercise “Knee rolls”, read by the patient */
C_("exercise", "Bring them back to the middle using your tummy muscles.");
/* TRANSLATORS: step 4 of the exercise “Knee rolls”, read by the patient */
C_("exercise", "Repeat to the other side.");
/* TRANSLATORS: a short coaching cue for “Knee rolls”, read by the patient */
C_("exercise", "Shoulders stay heavy on the floor");
/* TRANSLATORS: the caution printed with “Knee rolls”: plain and reassuring */
C_("exercise", "Only go as far as feels comfortable.");
/* TRANSLATORS: how the clinician makes “Knee rolls” easier */
C_("exercise", "Smaller range.");
/* TRANSLATORS: name of the exercise MOB-04 in the built-in library */
C_("exercise", "Single knee to chest");
/* TRANSLATORS: step 1 of the exercise “Single knee to chest”, read by the patient */
C_("exercise", "Lie on your back with both knees bent.");
/* TRANSLATORS: step 2 of the exercise “Single knee to chest”, read by the patient */
C_("exercise", "Hold behind one thigh and gently draw that knee towards your chest.");
/* TRANSLATORS: step 3 of the exercise “Single knee to chest”, read by the patient */
C_("exercise", "Stop at a mild stretch and breathe slowly while you hold.");
/* TRANSLATORS: step 4 of the exercise “Single knee to chest”, read by the patient */
C_("exercise", "Lower the leg and change sides.");
/* TRANSLATORS: a short coaching cue for “Single knee to chest”, read by the patient */
C_("exercise", "Hold behind the thigh, not on the kneecap");
/* TRANSLATORS: the caution printed with “Single knee to chest”: plain and reassuring */
C_("exercise", "Ease off if the stretch sends pain down a leg.");
/* TRANSLATORS: how the clinician makes “Single knee to chest” easier */
C_("exercise", "Slide the heel up only partway.");
/* TRANSLATORS: name of the exercise MOB-05 in the built-in library */
C_("exercise", "Double knee to chest");
/* TRANSLATORS: step 2 of the exercise “Double knee to chest”, read by the patient */
C_("exercise", "Bring one knee up and then the other, holding behind both thighs.");
/* TRANSLATORS: step 3 of the exercise “Double knee to chest”, read by the patient */
C_("exercise", "Gently draw both knees towards your chest and hold, or rock a little.");
/* TRANSLATORS: step 4 of the exercise “Double knee to chest”, read by the patient */
C_("exercise", "Lower one leg at a time.");
/* TRANSLATORS: a short coaching cue for “Double knee to chest”, read by the patient */
C_("exercise", "One leg up, one leg down");
/* TRANSLATORS: the caution printed with “Double knee to chest”: plain and reassuring */
C_("exercise", "Check with your clinician first if you have osteoporosis or a past spinal fracture.");
/* TRANSLATORS: name of the exercise MOB-06 in the built-in library */
C_("exercise", "Cat-camel");
/* TRANSLATORS: step 1 of the exercise “Cat-camel”, read by the patient */
C_("exercise", "Kneel on all fours with hands under shoulders and knees under hips.");
/* TRANSLATORS: step 2 of the exercise “Cat-camel”, read by the patient */
C_("exercise", "Slowly round your back up towards the ceiling and let your head drop.");
/* TRANSLATORS: step 3 of the exercise “Cat-camel”, read by the patient */
C_("exercise", "Then let your back sag gently as you lift your head a little.");
/* TRANSLATORS: step 4 of the exercise “Cat-camel”, read by the patient */
C_("exercise", "Move slowly between the two, staying in a comfortable range.");
/* TRANSLATORS: a short coaching cue for “Cat-camel”, read by the patient */
C_("exercise", "Slow, like a wave through the spine");
/* TRANSLATORS: the caution printed with “Cat-camel”: plain and reassuring */
C_("exercise", "Pad your knees; if your wrists hurt, rest on your fists.");
/* TRANSLATORS: name of the exercise MOB-07 in the built-in library */
C_("exercise", "Rock back (child's pose)");
/* TRANSLATORS: step 1 of the exercise “Rock back (child's pose)”, read by the patient */
C_("exercise", "Start on all fours.");
/* TRANSLATORS: step 2 of the exercise “Rock back (child's pose)”, read by the patient */
C_("exercise", "Slowly sit your bottom back towards your heels, leaving your hands where they are.");
/* TRANSLATORS: step 3 of the exercise “Rock back (child's pose)”, read by the patient */
C_("exercise", "Stop at a gentle stretch in your back and breathe slowly.");
/* TRANSLATORS: step 4 of the exercise “Rock back (child's pose)”, read by the patient */
C_("exercise", "Come back to all fours.");
/* TRANSLATORS: a short coaching cue for “Rock back (child's pose)”, read by the patient */
C_("exercise", "Let the back go long");
/* TRANSLATORS: the caution printed with “Rock back (child's pose)”: plain and reassuring */
C_("exercise", "With knee problems, don't sink all the way down - put a pillow behind the knees.");
/* TRANSLATORS: name of the exercise MOB-08 in the built-in library */
C_("exercise", "Lying face down, then on elbows");
/* TRANSLATORS: step 1 of the exercise “Lying face down, then on elbows”, read by the patient */
C_("exercise", "Lie face down with your arms by your sides for a minute and let your back relax.");
/* TRANSLATORS: step 2 of the exercise “Lying face down, then on elbows”, read by the patient */
C_("exercise", "Slide your elbows under your shoulders and prop up on your forearms.");
/* TRANSLATORS: step 3 of the exercise “Lying face down, then on elbows”, read by the patient */
C_("exercise", "Keep your hips on the floor and let your lower back sag and relax.");
/* TRANSLATORS: step 4 of the exercise “Lying face down, then on elbows”, read by the patient */
C_("exercise", "Hold, then lower yourself slowly.");
/* TRANSLATORS: a short coaching cue for “Lying face down, then on elbows”, read by the patient */
C_("exercise", "Hips heavy, shoulders away from ears");
/* TRANSLATORS: the caution printed with “Lying face down, then on elbows”: plain and reassuring */
C_("exercise", "Stop if pain spreads further down your leg. Pain moving towards the middle of your back is usually fine.");
/* TRANSLATORS: how the clinician makes “Lying face down, then on elbows” easier */
C_("exercise", "Lie face down with a pillow under your stomach.");
/* TRANSLATORS: name of the exercise MOB-09 in the built-in library */
C_("exercise", "Press-up in lying");
/* TRANSLATORS: step 1 of the exercise “Press-up in lying”, read by the patient */
C_("exercise", "Lie face down with your hands flat under your shoulders.");
/* TRANSLATORS: step 2 of the exercise “Press-up in lying”, read by the patient */
C_("exercise", "Push your upper body up by straightening your arms, leaving hips and legs relaxed on the floor.");
/* TRANSLATORS: step 3 of the exercise “Press-up in lying”, read by the patient */
C_("exercise", "Go only as high as is comfortable and pause for a second.");
/* TRANSLATORS: step 4 of the exercise “Press-up in lying”, read by the patient */
C_("exercise", "Lower slowly and repeat.");
/* TRANSLATORS: a short coaching cue for “Press-up in lying”, read by the patient */
C_("exercise", "Let the back sag like a hammock");
/* TRANSLATORS: the caution printed with “Press-up in lying”: plain and reassuring */
C_("exercise", "Stop if pain spreads further down your leg or buttock.");
/* TRANSLATORS: name of the exercise MOB-10 in the built-in library */
C_("exercise", "Standing back bend");
/* TRANSLATORS: step 1 of the exercise “Standing back bend”, read by the patient */
C_("exercise", "Stand with feet apart and your hands on the back of your hips.");
/* TRANSLATORS: step 2 of the exercise “Standing back bend”, read by the patient */
C_("exercise", "Lean backwards gently, using your hands for support.");
/* TRANSLATORS: step 3 of the exercise “Standing back bend”, read by the patient */
C_("exercise", "Pause briefly, then come back upright.");
/* TRANSLATORS: step 4 of the exercise “Standing back bend”, read by the patient */
C_("exercise", "Repeat - a good habit after long periods of sitting.");
/* TRANSLATORS: a short coaching cue for “Standing back bend”, read by the patient */
C_("exercise", "Hips forward, look up slightly");
/* TRANSLATORS: the caution printed with “Standing back bend”: plain and reassuring */
C_("exercise", "Stop if you feel dizzy or if pain spreads down a leg.");
/* TRANSLATORS: name of the exercise MOB-11 in the built-in library */
C_("exercise", "Seated forward bend");
/* TRANSLATORS: step 1 of the exercise “Seated forward bend”, read by the patient */
C_("exercise", "Sit on a firm chair with your feet wide apart.");
/* TRANSLATORS: step 2 of the exercise “Seated forward bend”, read by the patient */
C_("exercise", "Let your chest and arms slide down between your knees towards the floor.");
/* TRANSLATORS: step 3 of the exercise “Seated forward bend”, read by the patient */
C_("exercise", "Pause where it feels comfortable.");
/* TRANSLATORS: step 4 of the exercise “Seated forward bend”, read by the patient */
C_("exercise", "Push on your thighs with your hands to come back up, then repeat slowly.");
/* TRANSLATORS: a short coaching cue for “Seated forward bend”, read by the patient */
C_("exercise", "Curl down, push up");
/* TRANSLATORS: the caution printed with “Seated forward bend”: plain and reassuring */
C_("exercise", "Come up slowly if you feel dizzy. Check with your clinician if you have osteoporosis.");
/* TRANSLATORS: name of the exercise MOB-12 in the built-in library */
C_("exercise", "Standing side bend");
/* TRANSLATORS: step 1 of the exercise “Standing side bend”, read by the patient */
C_("exercise", "Stand tall with your feet hip-width apart and arms by your sides.");
/* TRANSLATORS: step 2 of the exercise “Standing side bend”, read by the patient */
C_("exercise", "Slide one hand down the outside of your leg, bending to the side.");
/* TRANSLATORS: step 3 of the exercise “Standing side bend”, read by the patient */
C_("exercise", "Come back up to upright.");
/* TRANSLATORS: step 4 of the exercise “Standing side bend”, read by the patient */
C_("exercise", "Repeat to the other side, keeping your body facing forwards.");
/* TRANSLATORS: a short coaching cue for “Standing side bend”, read by the patient */
C_("exercise", "Bend sideways, don't twist");
/* TRANSLATORS: the caution printed with “Standing side bend”: plain and reassuring */
C_("exercise", "Keep it within a comfortable range.");
/* TRANSLATORS: how the clinician makes “Standing side bend” easier */
C_("exercise", "Do it sitting on a chair.");
/* TRANSLATORS: name of the exercise MOB-13 in the built-in library */
C_("exercise", "Open book");
/* TRANSLATORS: step 1 of the exercise “Open book”, read by the patient */
C_("exercise", "Lie on your side with a pillow under your head, knees bent up, and arms straight out in front with palms together.");
/* TRANSLATORS: step 2 of the exercise “Open book”, read by the patient */
C_("exercise", "Lift the top arm and open it across, turning your chest up towards the ceiling.");
/* TRANSLATORS: step 3 of the exercise “Open book”, read by the patient */
C_("exercise", "Follow your hand with your eyes and keep your knees together.");
/* TRANSLATORS: step 4 of the exercise “Open book”, read by the patient */
C_("exercise", "Return slowly; after the set, turn over and do the other side.");
/* TRANSLATORS: a short coaching cue for “Open book”, read by the patient */
C_("exercise", "Knees stay stacked");
/* TRANSLATORS: the caution printed with “Open book”: plain and reassuring */
C_("exercise", "With shoulder pain, use a smaller range.");
/* TRANSLATORS: name of the exercise MOB-14 in the built-in library */
C_("exercise", "Half-kneeling hip flexor stretch");
/* TRANSLATORS: step 1 of the exercise “Half-kneeling hip flexor stretch”, read by the patient */
C_("exercise", "Kneel on a cushion on one knee with the other foot flat in front; hold a chair for balance.");
/* TRANSLATORS: step 2 of the exercise “Half-kneeling hip flexor stretch”, read by the patient */
C_("exercise", "Tuck your tailbone slightly under and squeeze the buttock on the kneeling side.");
/* TRANSLATORS: step 3 of the exercise “Half-kneeling hip flexor stretch”, read by the patient */
C_("exercise", "Shift your weight forward until you feel a stretch at the front of the hip.");
/* TRANSLATORS: step 4 of the exercise “Half-kneeling hip flexor stretch”, read by the patient */
C_("exercise", "Hold and breathe, then change sides.");
/* TRANSLATORS: a short coaching cue for “Half-kneeling hip flexor stretch”, read by the patient */
C_("exercise", "Tuck, squeeze, then shift");
/* TRANSLATORS: the caution printed with “Half-kneeling hip flexor stretch”: plain and reassuring */
C_("exercise", "If kneeling hurts, do it standing with the back foot on a step.");
/* TRANSLATORS: how the clinician makes “Half-kneeling hip flexor stretch” easier */
C_("exercise", "Standing lunge stretch holding a chair.");
/* TRANSLATORS: name of the exercise MOB-15 in the built-in library */
C_("exercise", "Hamstring stretch with strap");
/* TRANSLATORS: step 1 of the exercise “Hamstring stretch with strap”, read by the patient */
C_("exercise", "Lie on your back with one knee bent and a towel or strap around the other foot.");
/* TRANSLATORS: step 2 of the exercise “Hamstring stretch with strap”, read by the patient */
C_("exercise", "Lift the strapped leg up, keeping the knee nearly straight.");
/* TRANSLATORS: step 3 of the exercise “Hamstring stretch with strap”, read by the patient */
C_("exercise", "Stop at a mild stretch behind the thigh and hold.");
/* TRANSLATORS: a short coaching cue for “Hamstring stretch with strap”, read by the patient */
C_("exercise", "Mild stretch only");
/* TRANSLATORS: the caution printed with “Hamstring stretch with strap”: plain and reassuring */
C_("exercise", "If it causes tingling or pain down the leg, bend the knee more or switch to the nerve slider (MOB-17).");
/* TRANSLATORS: how the clinician makes “Hamstring stretch with strap” easier */
C_("exercise", "Keep the knee bent more.");
/* TRANSLATORS: name of the exercise MOB-16 in the built-in library */
C_("exercise", "Figure-4 buttock stretch");
/* TRANSLATORS: step 2 of the exercise “Figure-4 buttock stretch”, read by the patient */
C_("exercise", "Cross one ankle over the opposite knee.");
/* TRANSLATORS: step 3 of the exercise “Figure-4 buttock stretch”, read by the patient */
C_("exercise", "Hold behind the thigh of the bottom leg and draw it gently towards you.");
/* TRANSLATORS: step 4 of the exercise “Figure-4 buttock stretch”, read by the patient */
C_("exercise", "Hold at a stretch in the buttock, then change sides.");
/* TRANSLATORS: a short coaching cue for “Figure-4 buttock stretch”, read by the patient */
C_("exercise", "Relax the crossed knee outwards");
/* TRANSLATORS: the caution printed with “Figure-4 buttock stretch”: plain and reassuring */
C_("exercise", "Avoid after a hip replacement unless your surgeon or clinician allows it.");
/* TRANSLATORS: how the clinician makes “Figure-4 buttock stretch” easier */
C_("exercise", "Do it seated - ankle on the opposite knee, lean slightly forward.");
/* TRANSLATORS: name of the exercise MOB-17 in the built-in library */
C_("exercise", "Sciatic nerve slider (seated)");
/* TRANSLATORS: step 1 of the exercise “Sciatic nerve slider (seated)”, read by the patient */
C_("exercise", "Sit tall near the front of a chair.");
/* TRANSLATORS: step 2 of the exercise “Sciatic nerve slider (seated)”, read by the patient */
C_("exercise", "Straighten one knee while tilting your head back to look up.");
/* TRANSLATORS: step 3 of the exercise “Sciatic nerve slider (seated)”, read by the patient */
C_("exercise", "Bend the knee back down while bringing your chin towards your chest.");
/* TRANSLATORS: step 4 of the exercise “Sciatic nerve slider (seated)”, read by the patient */
C_("exercise", "Keep the movement smooth - it should feel like easy motion, not a stretch.");
/* TRANSLATORS: a short coaching cue for “Sciatic nerve slider (seated)”, read by the patient */
C_("exercise", "Slide, don't stretch");
/* TRANSLATORS: the caution printed with “Sciatic nerve slider (seated)”: plain and reassuring */
C_("exercise", "Should not increase tingling or numbness. Stop if leg symptoms last after the exercise; use only as instructed for leg pain.");
/* TRANSLATORS: how the clinician makes “Sciatic nerve slider (seated)” easier */
C_("exercise", "Move the knee only, with a smaller range.");
/* TRANSLATORS: name of the exercise COR-01 in the built-in library */
C_("exercise", "Gentle tummy brace (lying)");
/* TRANSLATORS: step 2 of the exercise “Gentle tummy brace (lying)”, read by the patient */
C_("exercise", "Gently firm up your tummy, as if getting ready for a light poke - about a quarter of full effort.");
/* TRANSLATORS: step 3 of the exercise “Gentle tummy brace (lying)”, read by the patient */
C_("exercise", "Keep breathing normally while you hold.");
/* TRANSLATORS: step 4 of the exercise “Gentle tummy brace (lying)”, read by the patient */
C_("exercise", "Let go completely between holds.");
/* TRANSLATORS: a short coaching cue for “Gentle tummy brace (lying)”, read by the patient */
C_("exercise", "Firm, not sucked in");
/* TRANSLATORS: a short coaching cue for “Gentle tummy brace (lying)”, read by the patient */
C_("exercise", "Breathe through it");
/* TRANSLATORS: the caution printed with “Gentle tummy brace (lying)”: plain and reassuring */
C_("exercise", "Don't hold your breath - count out loud if that helps.");
/* TRANSLATORS: how the clinician makes “Gentle tummy brace (lying)” easier */
C_("exercise", "Practise in sitting, with shorter holds.");
/* TRANSLATORS: name of the exercise COR-02 in the built-in library */
C_("exercise", "Heel slides");
/* TRANSLATORS: step 1 of the exercise “Heel slides”, read by the patient */
C_("exercise", "Lie on your back with knees bent and brace gently.");
/* TRANSLATORS: step 2 of the exercise “Heel slides”, read by the patient */
C_("exercise", "Slowly slide one heel along the floor until that leg is straight.");
/* TRANSLATORS: step 3 of the exercise “Heel slides”, read by the patient */
C_("exercise", "Slide it back without letting your lower back arch or your pelvis rock.");
/* TRANSLATORS: step 4 of the exercise “Heel slides”, read by the patient */
C_("exercise", "Alternate legs.");
/* TRANSLATORS: a short coaching cue for “Heel slides”, read by the patient */
C_("exercise", "Pelvis stays still like a table");
/* TRANSLATORS: the caution printed with “Heel slides”: plain and reassuring */
C_("exercise", "Keep it slow and controlled.");
/* TRANSLATORS: name of the exercise COR-03 in the built-in library */
C_("exercise", "Dead bug - heel taps");
/* TRANSLATORS: step 1 of the exercise “Dead bug - heel taps”, read by the patient */
C_("exercise", "Lie on your back, brace gently, and lift both feet so your hips and knees are bent to right angles.");
/* TRANSLATORS: step 2 of the exercise “Dead bug - heel taps”, read by the patient */
C_("exercise", "Slowly lower one heel to tap the floor, keeping the knee bent.");
/* TRANSLATORS: step 3 of the exercise “Dead bug - heel taps”, read by the patient */
C_("exercise", "Bring it back up and repeat with the other leg.");
/* TRANSLATORS: step 4 of the exercise “Dead bug - heel taps”, read by the patient */
C_("exercise", "Keep your lower back quiet against the floor the whole time.");
/* TRANSLATORS: a short coaching cue for “Dead bug - heel taps”, read by the patient */
C_("exercise", "Slow taps, still back");
/* TRANSLATORS: the caution printed with “Dead bug - heel taps”: plain and reassuring */
C_("exercise", "If your back arches or hurts, put both feet down and use heel slides (COR-02) instead.");
/* TRANSLATORS: name of the exercise COR-04 in the built-in library */
C_("exercise", "Dead bug (opposite arm and leg)");
/* TRANSLATORS: step 1 of the exercise “Dead bug (opposite arm and leg)”, read by the patient */
C_("exercise", "Lie on your back with arms pointing at the ceiling and hips and knees bent to right angles.");
/* TRANSLATORS: step 2 of the exercise “Dead bug (opposite arm and leg)”, read by the patient */
C_("exercise", "Slowly reach one arm overhead while straightening the opposite leg towards the floor.");
/* TRANSLATORS: step 3 of the exercise “Dead bug (opposite arm and leg)”, read by the patient */
C_("exercise", "Go only as far as you can without your back arching, and breathe out as you reach.");
/* TRANSLATORS: step 4 of the exercise “Dead bug (opposite arm and leg)”, read by the patient */
C_("exercise", "Return to the start and switch sides.");
/* TRANSLATORS: a short coaching cue for “Dead bug (opposite arm and leg)”, read by the patient */
C_("exercise", "Long reach, quiet back");
/* TRANSLATORS: the caution printed with “Dead bug (opposite arm and leg)”: plain and reassuring */
C_("exercise", "Stop the range short of where your back lifts off the floor.");
/* TRANSLATORS: name of the exercise COR-05 in the built-in library */
C_("exercise", "McGill curl-up");
/* TRANSLATORS: step 1 of the exercise “McGill curl-up”, read by the patient */
C_("exercise", "Lie on your back with one knee bent and the other leg straight; slide your hands, palms down, under the small of your back.");
/* TRANSLATORS: step 2 of the exercise “McGill curl-up”, read by the patient */
C_("exercise", "Brace your tummy gently.");
/* TRANSLATORS: step 3 of the exercise “McGill curl-up”, read by the patient */
C_("exercise", "Raise your head and shoulders only slightly off the floor, keeping your neck in line as if your head were resting on a scale.");
/* TRANSLATORS: step 4 of the exercise “McGill curl-up”, read by the patient */
C_("exercise", "Hold while breathing steadily, then lower; swap the bent leg halfway through.");
/* TRANSLATORS: a short coaching cue for “McGill curl-up”, read by the patient */
C_("exercise", "Tiny lift");
/* TRANSLATORS: a short coaching cue for “McGill curl-up”, read by the patient */
C_("exercise", "Keep the natural curve in your low back");
/* TRANSLATORS: the caution printed with “McGill curl-up”: plain and reassuring */
C_("exercise", "This is not a sit-up. If your neck aches, make the lift smaller.");
/* TRANSLATORS: name of the exercise COR-06 in the built-in library */
C_("exercise", "Side bridge from knees");
/* TRANSLATORS: step 1 of the exercise “Side bridge from knees”, read by the patient */
C_("exercise", "Lie on your side with knees bent, propped on your elbow directly under your shoulder.");
/* TRANSLATORS: step 2 of the exercise “Side bridge from knees”, read by the patient */
C_("exercise", "Brace gently and lift your hips until you are in a straight line from knees to head.");
/* TRANSLATORS: step 3 of the exercise “Side bridge from knees”, read by the patient */
C_("exercise", "Hold without letting your hips sag or roll backwards.");
/* TRANSLATORS: step 4 of the exercise “Side bridge from knees”, read by the patient */
C_("exercise", "Lower, rest briefly, and repeat; then turn over for the other side.");
/* TRANSLATORS: a short coaching cue for “Side bridge from knees”, read by the patient */
C_("exercise", "Hips forward and high");
/* TRANSLATORS: the caution printed with “Side bridge from knees”: plain and reassuring */
C_("exercise", "With shoulder pain, lean on a wall in standing instead (elbow on the wall).");
/* TRANSLATORS: how the clinician makes “Side bridge from knees” easier */
C_("exercise", "Standing side lean against a wall.");
/* TRANSLATORS: name of the exercise COR-07 in the built-in library */
C_("exercise", "Side bridge (full)");
/* TRANSLATORS: step 1 of the exercise “Side bridge (full)”, read by the patient */
C_("exercise", "Lie on your side with legs straight and your top foot just in front of the bottom one; elbow under shoulder.");
/* TRANSLATORS: step 2 of the exercise “Side bridge (full)”, read by the patient */
C_("exercise", "Brace and lift your hips until your body is straight from feet to head.");
/* TRANSLATORS: step 3 of the exercise “Side bridge (full)”, read by the patient */
C_("exercise", "Hold steadily and keep breathing.");
/* TRANSLATORS: step 4 of the exercise “Side bridge (full)”, read by the patient */
C_("exercise", "Lower with control, repeat, then switch sides.");
/* TRANSLATORS: a short coaching cue for “Side bridge (full)”, read by the patient */
C_("exercise", "One straight line");
/* TRANSLATORS: the caution printed with “Side bridge (full)”: plain and reassuring */
C_("exercise", "As for the knee version; stop if your shoulder hurts.");
/* TRANSLATORS: name of the exercise COR-08 in the built-in library */
C_("exercise", "Bird dog - one limb at a time");
/* TRANSLATORS: step 1 of the exercise “Bird dog - one limb at a time”, read by the patient */
C_("exercise", "Kneel on all fours, hands under shoulders and knees under hips, with your back in its natural curve.");
/* TRANSLATORS: step 2 of the exercise “Bird dog - one limb at a time”, read by the patient */
C_("exercise", "Brace gently.");
/* TRANSLATORS: step 3 of the exercise “Bird dog - one limb at a time”, read by the patient */
C_("exercise", "Slide one leg back and lift it to hip height - or lift one arm forward to shoulder height.");
/* TRANSLATORS: step 4 of the exercise “Bird dog - one limb at a time”, read by the patient */
C_("exercise", "Hold, return, and change limb, keeping your hips level.");
/* TRANSLATORS: a short coaching cue for “Bird dog - one limb at a time”, read by the patient */
C_("exercise", "Hips stay level");
/* TRANSLATORS: how the clinician makes “Bird dog - one limb at a time” easier */
C_("exercise", "Slide the leg back along the floor without lifting it.");
/* TRANSLATORS: name of the exercise COR-09 in the built-in library */
C_("exercise", "Bird dog");
/* TRANSLATORS: step 1 of the exercise “Bird dog”, read by the patient */
C_("exercise", "Start on all fours with a gentle brace.");
/* TRANSLATORS: step 2 of the exercise “Bird dog”, read by the patient */
C_("exercise", "Reach one arm forward and the opposite leg back at the same time, to about body height.");
/* TRANSLATORS: step 3 of the exercise “Bird dog”, read by the patient */
C_("exercise", "Hold with your back level - imagine a cup of water resting on it.");
/* TRANSLATORS: step 4 of the exercise “Bird dog”, read by the patient */
C_("exercise", "Bring elbow and knee back under you and repeat; then swap sides.");
/* TRANSLATORS: a short coaching cue for “Bird dog”, read by the patient */
C_("exercise", "Reach long, not high");
/* TRANSLATORS: a short coaching cue for “Bird dog”, read by the patient */
C_("exercise", "Make a fist with the reaching hand");
/* TRANSLATORS: the caution printed with “Bird dog”: plain and reassuring */
C_("exercise", "As for COR-08.");
/* TRANSLATORS: name of the exercise COR-10 in the built-in library */
C_("exercise", "Glute bridge");
/* TRANSLATORS: step 1 of the exercise “Glute bridge”, read by the patient */
C_("exercise", "Lie on your back with knees bent, feet flat and hip-width apart.");
/* TRANSLATORS: step 2 of the exercise “Glute bridge”, read by the patient */
C_("exercise", "Squeeze your buttocks and lift your hips until your body is straight from shoulders to knees.");
/* TRANSLATORS: step 3 of the exercise “Glute bridge”, read by the patient */
C_("exercise", "Pause for 2 seconds without over-arching your back.");
/* TRANSLATORS: step 4 of the exercise “Glute bridge”, read by the patient */
C_("exercise", "Lower slowly.");
/* TRANSLATORS: a short coaching cue for “Glute bridge”, read by the patient */
C_("exercise", "Push through your heels");
/* TRANSLATORS: the caution printed with “Glute bridge”: plain and reassuring */
C_("exercise", "If the back of your thigh cramps, bring your feet closer to your bottom.");
/* TRANSLATORS: how the clinician makes “Glute bridge” easier */
C_("exercise", "Lift only partway and hold.");
/* TRANSLATORS: name of the exercise COR-11 in the built-in library */
C_("exercise", "Marching or single-leg bridge");
/* TRANSLATORS: step 1 of the exercise “Marching or single-leg bridge”, read by the patient */
C_("exercise", "Lift into a bridge as in COR-10.");
/* TRANSLATORS: step 2 of the exercise “Marching or single-leg bridge”, read by the patient */
C_("exercise", "Keeping your hips level, lift one foot a few centimetres off the floor.");
/* TRANSLATORS: step 3 of the exercise “Marching or single-leg bridge”, read by the patient */
C_("exercise", "Hold for 2 seconds, then put it down.");
/* TRANSLATORS: step 4 of the exercise “Marching or single-leg bridge”, read by the patient */
C_("exercise", "Alternate legs without letting your pelvis drop.");
/* TRANSLATORS: a short coaching cue for “Marching or single-leg bridge”, read by the patient */
C_("exercise", "Level hips, like headlights pointing up");
/* TRANSLATORS: the caution printed with “Marching or single-leg bridge”: plain and reassuring */
C_("exercise", "Lower the bridge if your back starts to work harder than your buttocks.");
/* TRANSLATORS: name of the exercise COR-12 in the built-in library */
C_("exercise", "Front plank from knees");
/* TRANSLATORS: step 1 of the exercise “Front plank from knees”, read by the patient */
C_("exercise", "Lie face down and prop up on your forearms with elbows under your shoulders.");
/* TRANSLATORS: step 2 of the exercise “Front plank from knees”, read by the patient */
C_("exercise", "Brace gently and lift your hips so you are straight from knees to head.");
/* TRANSLATORS: step 3 of the exercise “Front plank from knees”, read by the patient */
C_("exercise", "Hold, breathing steadily, with your eyes on the floor.");
/* TRANSLATORS: step 4 of the exercise “Front plank from knees”, read by the patient */
C_("exercise", "Lower and rest.");
/* TRANSLATORS: a short coaching cue for “Front plank from knees”, read by the patient */
C_("exercise", "Long and flat like a board");
/* TRANSLATORS: the caution printed with “Front plank from knees”: plain and reassuring */
C_("exercise", "Keep breathing; stop if your shoulders hurt.");
/* TRANSLATORS: how the clinician makes “Front plank from knees” easier */
C_("exercise", "Incline plank with forearms on a table or wall.");
/* TRANSLATORS: name of the exercise COR-13 in the built-in library */
C_("exercise", "Front plank");
/* TRANSLATORS: step 1 of the exercise “Front plank”, read by the patient */
C_("exercise", "Prop up on your forearms and toes, elbows under shoulders.");
/* TRANSLATORS: step 2 of the exercise “Front plank”, read by the patient */
C_("exercise", "Brace gently and keep your body straight from heels to head.");
/* TRANSLATORS: step 3 of the exercise “Front plank”, read by the patient */
C_("exercise", "Hold, breathing steadily - don't let your hips sag or pike up.");
/* TRANSLATORS: step 4 of the exercise “Front plank”, read by the patient */
C_("exercise", "Lower to your knees to rest.");
/* TRANSLATORS: a short coaching cue for “Front plank”, read by the patient */
C_("exercise", "Squeeze buttocks lightly");
/* TRANSLATORS: the caution printed with “Front plank”: plain and reassuring */
C_("exercise", "As for COR-12.");
/* TRANSLATORS: name of the exercise COR-14 in the built-in library */
C_("exercise", "Pallof press");
/* TRANSLATORS: step 1 of the exercise “Pallof press”, read by the patient */
C_("exercise", "Tie a band at chest height and stand side-on to it, holding the band at your chest with both hands.");
/* TRANSLATORS: step 2 of the exercise “Pallof press”, read by the patient */
C_("exercise", "Step away until the band is a little tight; feet hip-width apart, knees soft.");
/* TRANSLATORS: step 3 of the exercise “Pallof press”, read by the patient */
C_("exercise", "Press your hands straight out in front of you and hold, without letting the band turn you.");
/* TRANSLATORS: step 4 of the exercise “Pallof press”, read by the patient */
C_("exercise", "Bring your hands back to your chest. After the set, face the other way.");
/* TRANSLATORS: a short coaching cue for “Pallof press”, read by the patient */
C_("exercise", "Don't let the band win");
/* TRANSLATORS: the caution printed with “Pallof press”: plain and reassuring */
C_("exercise", "Check the band is anchored firmly.");
/* TRANSLATORS: how the clinician makes “Pallof press” easier */
C_("exercise", "Do it kneeling, with a lighter band.");
/* TRANSLATORS: name of the exercise COR-15 in the built-in library */
C_("exercise", "Clamshell");
/* TRANSLATORS: step 1 of the exercise “Clamshell”, read by the patient */
C_("exercise", "Lie on your side with hips and knees bent and your feet together.");
/* TRANSLATORS: step 2 of the exercise “Clamshell”, read by the patient */
C_("exercise", "Keeping your feet touching, lift the top knee like a clam opening.");
/* TRANSLATORS: step 3 of the exercise “Clamshell”, read by the patient */
C_("exercise", "Don't let your pelvis roll backwards.");
/* TRANSLATORS: a short coaching cue for “Clamshell”, read by the patient */
C_("exercise", "Small and controlled");
/* TRANSLATORS: the caution printed with “Clamshell”: plain and reassuring */
C_("exercise", "Avoid deep hip bending after a hip replacement unless allowed.");
/* TRANSLATORS: name of the exercise HIN-01 in the built-in library */
C_("exercise", "Hip hinge to a wall");
/* TRANSLATORS: step 1 of the exercise “Hip hinge to a wall”, read by the patient */
C_("exercise", "Stand with your back to a wall, heels about one foot-length away from it.");
/* TRANSLATORS: step 2 of the exercise “Hip hinge to a wall”, read by the patient */
C_("exercise", "Soften your knees and push your bottom back to touch the wall, letting your chest tip forward.");
/* TRANSLATORS: step 3 of the exercise “Hip hinge to a wall”, read by the patient */
C_("exercise", "Let the bend come from your hips, keeping your back long.");
/* TRANSLATORS: step 4 of the exercise “Hip hinge to a wall”, read by the patient */
C_("exercise", "Push your hips forward to stand tall again.");
/* TRANSLATORS: a short coaching cue for “Hip hinge to a wall”, read by the patient */
C_("exercise", "Bottom back, chest forward");
/* TRANSLATORS: the caution printed with “Hip hinge to a wall”: plain and reassuring */
C_("exercise", "Move your feet closer to the wall if balance or pain is a problem.");
/* TRANSLATORS: how the clinician makes “Hip hinge to a wall” easier */
C_("exercise", "Hands slide down the thighs to the knees.");
/* TRANSLATORS: name of the exercise HIN-02 in the built-in library */
C_("exercise", "Hip hinge with a broomstick");
/* TRANSLATORS: step 1 of the exercise “Hip hinge with a broomstick”, read by the patient */
C_("exercise", "Hold a broomstick along your back so it touches your head, upper back and tailbone.");
/* TRANSLATORS: step 2 of the exercise “Hip hinge with a broomstick”, read by the patient */
C_("exercise", "Soften your knees and push your hips back, tipping forward.");
/* TRANSLATORS: step 3 of the exercise “Hip hinge with a broomstick”, read by the patient */
C_("exercise", "Keep all three points touching the stick as you go about halfway down.");
/* TRANSLATORS: step 4 of the exercise “Hip hinge with a broomstick”, read by the patient */
C_("exercise", "Drive your hips forward to come back up.");
/* TRANSLATORS: a short coaching cue for “Hip hinge with a broomstick”, read by the patient */
C_("exercise", "Three points stay on the stick");
/* TRANSLATORS: the caution printed with “Hip hinge with a broomstick”: plain and reassuring */
C_("exercise", "Practise slowly in front of a mirror if you can.");
/* TRANSLATORS: name of the exercise HIN-03 in the built-in library */
C_("exercise", "Romanian deadlift (light weights)");
/* TRANSLATORS: step 1 of the exercise “Romanian deadlift (light weights)”, read by the patient */
C_("exercise", "Stand holding the weights in front of your thighs, feet hip-width apart.");
/* TRANSLATORS: step 2 of the exercise “Romanian deadlift (light weights)”, read by the patient */
C_("exercise", "Soften your knees and push your hips back, sliding the weights down the front of your legs.");
/* TRANSLATORS: step 3 of the exercise “Romanian deadlift (light weights)”, read by the patient */
C_("exercise", "Go only as low as you can while keeping your back long - usually to just below the knee.");
/* TRANSLATORS: step 4 of the exercise “Romanian deadlift (light weights)”, read by the patient */
C_("exercise", "Squeeze your buttocks to stand up, breathing out as you rise.");
/* TRANSLATORS: a short coaching cue for “Romanian deadlift (light weights)”, read by the patient */
C_("exercise", "Weights stay close to the legs");
/* TRANSLATORS: the caution printed with “Romanian deadlift (light weights)”: plain and reassuring */
C_("exercise", "Start light. If you have osteoporosis, keep the back long and the load modest, as agreed with your clinician.");
/* TRANSLATORS: how hard “Romanian deadlift (light weights)” should feel, read by the patient */
C_("exercise", "RPE 5–6/10, 3+ reps in reserve");
/* TRANSLATORS: name of the exercise HIN-04 in the built-in library */
C_("exercise", "Kettlebell deadlift from a raised block");
/* TRANSLATORS: step 1 of the exercise “Kettlebell deadlift from a raised block”, read by the patient */
C_("exercise", "Place the kettlebell on a step or block between your feet.");
/* TRANSLATORS: step 2 of the exercise “Kettlebell deadlift from a raised block”, read by the patient */
C_("exercise", "Hinge at the hips and bend your knees to grip the handle with both hands, back long.");
/* TRANSLATORS: step 3 of the exercise “Kettlebell deadlift from a raised block”, read by the patient */
C_("exercise", "Push your feet into the floor and stand up, bringing your hips forward.");
/* TRANSLATORS: step 4 of the exercise “Kettlebell deadlift from a raised block”, read by the patient */
C_("exercise", "Lower it back to the block using the same hinge.");
/* TRANSLATORS: a short coaching cue for “Kettlebell deadlift from a raised block”, read by the patient */
C_("exercise", "Push the floor away");
/* TRANSLATORS: the caution printed with “Kettlebell deadlift from a raised block”: plain and reassuring */
C_("exercise", "Build the load gradually; don't rush the lowering.");
/* TRANSLATORS: how hard “Kettlebell deadlift from a raised block” should feel, read by the patient */
C_("exercise", "RPE 6/10");
/* TRANSLATORS: name of the exercise HIN-05 in the built-in library */
C_("exercise", "Golfer's lift");
/* TRANSLATORS: step 1 of the exercise “Golfer's lift”, read by the patient */
C_("exercise", "Stand close to the small object and hold a table, counter or chair with one hand.");
/* TRANSLATORS: step 2 of the exercise “Golfer's lift”, read by the patient */
C_("exercise", "Tip forward from the hip of your standing leg while your other leg lifts out behind you as a counterweight.");
/* TRANSLATORS: step 3 of the exercise “Golfer's lift”, read by the patient */
C_("exercise", "Pick up the object with your free hand.");
/* TRANSLATORS: step 4 of the exercise “Golfer's lift”, read by the patient */
C_("exercise", "Come back up by lowering the back leg as your body rises.");
/* TRANSLATORS: a short coaching cue for “Golfer's lift”, read by the patient */
C_("exercise", "Body and back leg move like a see-saw");
/* TRANSLATORS: the caution printed with “Golfer's lift”: plain and reassuring */
C_("exercise", "Only for light things such as keys or a pen. Always hold on for balance.");
/* TRANSLATORS: how the clinician makes “Golfer's lift” easier */
C_("exercise", "Reach from sitting, or use a grabber.");
/* TRANSLATORS: name of the exercise HIN-06 in the built-in library */
C_("exercise", "Split-stance lift (\"karate stance\")");
/* TRANSLATORS: step 1 of the exercise “Split-stance lift ("karate stance")”, read by the patient */
C_("exercise", "Stand close to the object with one foot forward and one back, a little wider than your hips.");
/* TRANSLATORS: step 2 of the exercise “Split-stance lift ("karate stance")”, read by the patient */
C_("exercise", "Bend both knees and hinge at the hips to lower yourself - the back knee may touch down.");
/* TRANSLATORS: step 3 of the exercise “Split-stance lift ("karate stance")”, read by the patient */
C_("exercise", "Hold the object close to your body.");
/* TRANSLATORS: step 4 of the exercise “Split-stance lift ("karate stance")”, read by the patient */
C_("exercise", "Push up through both legs to stand. To change direction, turn with your feet, not your back.");
/* TRANSLATORS: a short coaching cue for “Split-stance lift ("karate stance")”, read by the patient */
C_("exercise", "Close, then stand");
/* TRANSLATORS: the caution printed with “Split-stance lift ("karate stance")”: plain and reassuring */
C_("exercise", "Only move to heavier objects once the technique is easy with light ones. Use a cushion if kneeling hurts.");
/* TRANSLATORS: name of the exercise HIN-07 in the built-in library */
C_("exercise", "Goblet squat to a box");
/* TRANSLATORS: step 1 of the exercise “Goblet squat to a box”, read by the patient */
C_("exercise", "Stand in front of a chair or box holding a weight against your chest.");
/* TRANSLATORS: step 2 of the exercise “Goblet squat to a box”, read by the patient */
C_("exercise", "Push your hips back and bend your knees until you lightly touch the seat.");
/* TRANSLATORS: step 3 of the exercise “Goblet squat to a box”, read by the patient */
C_("exercise", "Keep your chest up and your knees pointing the same way as your toes.");
/* TRANSLATORS: step 4 of the exercise “Goblet squat to a box”, read by the patient */
C_("exercise", "Stand up by pushing through your whole foot.");
/* TRANSLATORS: a short coaching cue for “Goblet squat to a box”, read by the patient */
C_("exercise", "Sit back, stand tall");
/* TRANSLATORS: the caution printed with “Goblet squat to a box”: plain and reassuring */
C_("exercise", "Use a higher seat if your knees or back complain.");
/* TRANSLATORS: name of the exercise HIN-08 in the built-in library */
C_("exercise", "Suitcase carry");
/* TRANSLATORS: step 1 of the exercise “Suitcase carry”, read by the patient */
C_("exercise", "Pick up a weight or bag in one hand using a hip hinge or split-stance lift.");
/* TRANSLATORS: step 2 of the exercise “Suitcase carry”, read by the patient */
C_("exercise", "Stand tall with your shoulders level.");
/* TRANSLATORS: step 3 of the exercise “Suitcase carry”, read by the patient */
C_("exercise", "Walk at a normal pace without leaning towards or away from the weight.");
/* TRANSLATORS: step 4 of the exercise “Suitcase carry”, read by the patient */
C_("exercise", "Put it down the same way, switch hands, and walk back.");
/* TRANSLATORS: a short coaching cue for “Suitcase carry”, read by the patient */
C_("exercise", "Tall as a lamppost");
/* TRANSLATORS: the caution printed with “Suitcase carry”: plain and reassuring */
C_("exercise", "Start light; stop if your grip or your back tires.");
/* TRANSLATORS: how the clinician makes “Suitcase carry” easier */
C_("exercise", "Lighter weight, or carry one in each hand.");
/* TRANSLATORS: name of the exercise HIN-09 in the built-in library */
C_("exercise", "Farmer's carry (two hands)");
/* TRANSLATORS: step 1 of the exercise “Farmer's carry (two hands)”, read by the patient */
C_("exercise", "Lift two equal bags or weights, one in each hand, using a hinge or split-stance lift.");
/* TRANSLATORS: step 2 of the exercise “Farmer's carry (two hands)”, read by the patient */
C_("exercise", "Stand tall with shoulders relaxed down.");
/* TRANSLATORS: step 3 of the exercise “Farmer's carry (two hands)”, read by the patient */
C_("exercise", "Walk with steady, normal steps.");
/* TRANSLATORS: step 4 of the exercise “Farmer's carry (two hands)”, read by the patient */
C_("exercise", "Put them down with the same technique you used to lift them.");
/* TRANSLATORS: a short coaching cue for “Farmer's carry (two hands)”, read by the patient */
C_("exercise", "Heavy hands, light feet");
/* TRANSLATORS: the caution printed with “Farmer's carry (two hands)”: plain and reassuring */
C_("exercise", "Keep the loads equal on both sides.");
/* TRANSLATORS: how the clinician makes “Farmer's carry (two hands)” easier */
C_("exercise", "Lighter loads, shorter distance.");
/* TRANSLATORS: name of the exercise FUN-01 in the built-in library */
C_("exercise", "Log roll (getting in and out of bed)");
/* TRANSLATORS: step 1 of the exercise “Log roll (getting in and out of bed)”, read by the patient */
C_("exercise", "Lying on your back, bend your knees and roll onto your side in one piece - shoulders and hips together - facing the edge of the bed.");
/* TRANSLATORS: step 2 of the exercise “Log roll (getting in and out of bed)”, read by the patient */
C_("exercise", "Let your lower legs slide over the edge of the bed.");
/* TRANSLATORS: step 3 of the exercise “Log roll (getting in and out of bed)”, read by the patient */
C_("exercise", "At the same time, push up with your lower elbow and top hand so your body rises as your legs go down.");
/* TRANSLATORS: step 4 of the exercise “Log roll (getting in and out of bed)”, read by the patient */
C_("exercise", "Sit for a moment before standing. To lie down, do the same steps in reverse.");
/* TRANSLATORS: a short coaching cue for “Log roll (getting in and out of bed)”, read by the patient */
C_("exercise", "Roll like a log, then see-saw up");
/* TRANSLATORS: the caution printed with “Log roll (getting in and out of bed)”: plain and reassuring */
C_("exercise", "Take your time and breathe out as you push up.");
/* TRANSLATORS: how the clinician makes “Log roll (getting in and out of bed)” easier */
C_("exercise", "Use a bed rail or a helper's hand.");
/* TRANSLATORS: how hard “Log roll (getting in and out of bed)” should feel, read by the patient */
C_("exercise", "use every time you get up or lie down");
/* TRANSLATORS: name of the exercise FUN-02 in the built-in library */
C_("exercise", "Sit to stand (standard chair)");
/* TRANSLATORS: step 1 of the exercise “Sit to stand (standard chair)”, read by the patient */
C_("exercise", "Sit near the front of a firm chair, feet flat and slightly behind your knees.");
/* TRANSLATORS: step 2 of the exercise “Sit to stand (standard chair)”, read by the patient */
C_("exercise", "Lean forward from your hips - nose over toes.");
/* TRANSLATORS: step 3 of the exercise “Sit to stand (standard chair)”, read by the patient */
C_("exercise", "Push through your feet to stand up tall, using your hands on your thighs or the armrests if you need to.");
/* TRANSLATORS: step 4 of the exercise “Sit to stand (standard chair)”, read by the patient */
C_("exercise", "Sit back down slowly, reaching back with your bottom.");
/* TRANSLATORS: a short coaching cue for “Sit to stand (standard chair)”, read by the patient */
C_("exercise", "Nose over toes");
/* TRANSLATORS: the caution printed with “Sit to stand (standard chair)”: plain and reassuring */
C_("exercise", "Use a chair that will not slide; have a table nearby to hold.");
/* TRANSLATORS: how the clinician makes “Sit to stand (standard chair)” easier */
C_("exercise", "Higher seat, or push up from the armrests.");
/* TRANSLATORS: how hard “Sit to stand (standard chair)” should feel, read by the patient */
C_("exercise", "hands on thighs allowed");
/* TRANSLATORS: name of the exercise FUN-03 in the built-in library */
C_("exercise", "Sit to stand from a low chair");
/* TRANSLATORS: step 1 of the exercise “Sit to stand from a low chair”, read by the patient */
C_("exercise", "Shuffle your bottom forward to the front edge of the low seat.");
/* TRANSLATORS: step 2 of the exercise “Sit to stand from a low chair”, read by the patient */
C_("exercise", "Place one foot slightly behind the other.");
/* TRANSLATORS: step 3 of the exercise “Sit to stand from a low chair”, read by the patient */
C_("exercise", "Lean well forward from your hips and push up through both legs.");
/* TRANSLATORS: step 4 of the exercise “Sit to stand from a low chair”, read by the patient */
C_("exercise", "Lower yourself with control, hips going back first.");
/* TRANSLATORS: a short coaching cue for “Sit to stand from a low chair”, read by the patient */
C_("exercise", "Scoot, lean, push");
/* TRANSLATORS: the caution printed with “Sit to stand from a low chair”: plain and reassuring */
C_("exercise", "Use your hands at first if needed.");
/* TRANSLATORS: name of the exercise FUN-04 in the built-in library */
C_("exercise", "Getting down to and up from the floor");
/* TRANSLATORS: step 1 of the exercise “Getting down to and up from the floor”, read by the patient */
C_("exercise", "Stand beside a sturdy chair and hold onto it.");
/* TRANSLATORS: step 2 of the exercise “Getting down to and up from the floor”, read by the patient */
C_("exercise", "Step one leg back and lower onto that knee, then bring the other knee down.");
/* TRANSLATORS: step 3 of the exercise “Getting down to and up from the floor”, read by the patient */
C_("exercise", "Put your hands on the floor and sit to one side, then lie down if you need to.");
/* TRANSLATORS: step 4 of the exercise “Getting down to and up from the floor”, read by the patient */
C_("exercise", "To get up, reverse it: onto hands and knees, one foot forward, then push up using the chair.");
/* TRANSLATORS: a short coaching cue for “Getting down to and up from the floor”, read by the patient */
C_("exercise", "Kneel, side-sit, reverse");
/* TRANSLATORS: the caution printed with “Getting down to and up from the floor”: plain and reassuring */
C_("exercise", "Have someone nearby the first few times if you are unsteady.");
/* TRANSLATORS: how the clinician makes “Getting down to and up from the floor” easier */
C_("exercise", "Practise only down to kneeling on a cushion.");
/* TRANSLATORS: name of the exercise FUN-05 in the built-in library */
C_("exercise", "Step-ups");
/* TRANSLATORS: step 1 of the exercise “Step-ups”, read by the patient */
C_("exercise", "Stand facing the bottom stair or a step, holding the rail.");
/* TRANSLATORS: step 2 of the exercise “Step-ups”, read by the patient */
C_("exercise", "Place your whole foot on the step.");
/* TRANSLATORS: step 3 of the exercise “Step-ups”, read by the patient */
C_("exercise", "Push through that foot to step up, then bring the other foot up.");
/* TRANSLATORS: step 4 of the exercise “Step-ups”, read by the patient */
C_("exercise", "Step down slowly, leading with the same leg.");
/* TRANSLATORS: a short coaching cue for “Step-ups”, read by the patient */
C_("exercise", "Whole foot on the step");
/* TRANSLATORS: the caution printed with “Step-ups”: plain and reassuring */
C_("exercise", "Hold the rail; start with a low step.");
/* TRANSLATORS: how the clinician makes “Step-ups” easier */
C_("exercise", "Lower step with more hand support.");
/* TRANSLATORS: name of the exercise FUN-06 in the built-in library */
C_("exercise", "Putting on socks and shoes");
/* TRANSLATORS: step 1 of the exercise “Putting on socks and shoes”, read by the patient */
C_("exercise", "Sit on a firm chair or the edge of the bed.");
/* TRANSLATORS: step 2 of the exercise “Putting on socks and shoes”, read by the patient */
C_("exercise", "Cross one ankle over the other knee, or rest your foot on a low stool.");
/* TRANSLATORS: step 3 of the exercise “Putting on socks and shoes”, read by the patient */
C_("exercise", "Lean forward from your hips to reach the foot and put on the sock or shoe.");
/* TRANSLATORS: step 4 of the exercise “Putting on socks and shoes”, read by the patient */
C_("exercise", "Change sides.");
/* TRANSLATORS: a short coaching cue for “Putting on socks and shoes”, read by the patient */
C_("exercise", "Bring the foot to you");
/* TRANSLATORS: the caution printed with “Putting on socks and shoes”: plain and reassuring */
C_("exercise", "After a hip replacement, follow your surgeon's rules. A sock aid or long shoehorn is fine while you build up.");
/* TRANSLATORS: how the clinician makes “Putting on socks and shoes” easier */
C_("exercise", "Sock aid or long shoehorn.");
/* TRANSLATORS: how hard “Putting on socks and shoes” should feel, read by the patient */
C_("exercise", "part of daily dressing");
/* TRANSLATORS: name of the exercise FUN-07 in the built-in library */
C_("exercise", "Getting in and out of a car");
/* TRANSLATORS: step 1 of the exercise “Getting in and out of a car”, read by the patient */
C_("exercise", "Move the seat back, then stand with your back to the seat.");
/* TRANSLATORS: step 2 of the exercise “Getting in and out of a car”, read by the patient */
C_("exercise", "Sit down onto the seat first, supporting yourself with your hands.");
/* TRANSLATORS: step 3 of the exercise “Getting in and out of a car”, read by the patient */
C_("exercise", "Lift both legs in together, turning your whole body as one.");
/* TRANSLATORS: step 4 of the exercise “Getting in and out of a car”, read by the patient */
C_("exercise", "To get out, swing both legs out together, put your feet on the ground, then stand.");
/* TRANSLATORS: a short coaching cue for “Getting in and out of a car”, read by the patient */
C_("exercise", "Bottom first, legs together");
/* TRANSLATORS: the caution printed with “Getting in and out of a car”: plain and reassuring */
C_("exercise", "Tilting the seat back slightly can make this easier.");
/* TRANSLATORS: how the clinician makes “Getting in and out of a car” easier */
C_("exercise", "Sit on a plastic bag so you can swivel more easily.");
/* TRANSLATORS: name of the exercise STR-01 in the built-in library */
C_("exercise", "Band row");
/* TRANSLATORS: step 1 of the exercise “Band row”, read by the patient */
C_("exercise", "Anchor a band at chest height (or loop it around your feet if you are sitting).");
/* TRANSLATORS: step 2 of the exercise “Band row”, read by the patient */
C_("exercise", "Hold the ends with your arms straight, standing tall.");
/* TRANSLATORS: step 3 of the exercise “Band row”, read by the patient */
C_("exercise", "Pull your elbows back beside your ribs, squeezing your shoulder blades together.");
/* TRANSLATORS: step 4 of the exercise “Band row”, read by the patient */
C_("exercise", "Let your arms return slowly.");
/* TRANSLATORS: a short coaching cue for “Band row”, read by the patient */
C_("exercise", "Elbows to back pockets");
/* TRANSLATORS: the caution printed with “Band row”: plain and reassuring */
C_("exercise", "Check the anchor is secure.");
/* TRANSLATORS: how the clinician makes “Band row” easier */
C_("exercise", "Seated, lighter band.");
/* TRANSLATORS: name of the exercise STR-02 in the built-in library */
C_("exercise", "Wall push-up");
/* TRANSLATORS: step 1 of the exercise “Wall push-up”, read by the patient */
C_("exercise", "Stand an arm's length from a wall and place your hands on it at shoulder height.");
/* TRANSLATORS: step 2 of the exercise “Wall push-up”, read by the patient */
C_("exercise", "Keep your body straight from head to heels.");
/* TRANSLATORS: step 3 of the exercise “Wall push-up”, read by the patient */
C_("exercise", "Bend your elbows to bring your chest towards the wall.");
/* TRANSLATORS: step 4 of the exercise “Wall push-up”, read by the patient */
C_("exercise", "Push back out to the start.");
/* TRANSLATORS: a short coaching cue for “Wall push-up”, read by the patient */
C_("exercise", "Body moves as one plank");
/* TRANSLATORS: the caution printed with “Wall push-up”: plain and reassuring */
C_("exercise", "Stop if your shoulders hurt.");
/* TRANSLATORS: how the clinician makes “Wall push-up” easier */
C_("exercise", "Stand closer to the wall.");
/* TRANSLATORS: name of the exercise STR-03 in the built-in library */
C_("exercise", "Calf raises");
/* TRANSLATORS: step 1 of the exercise “Calf raises”, read by the patient */
C_("exercise", "Stand holding a counter with your feet hip-width apart.");
/* TRANSLATORS: step 2 of the exercise “Calf raises”, read by the patient */
C_("exercise", "Rise up onto your toes as high as you can.");
/* TRANSLATORS: step 3 of the exercise “Calf raises”, read by the patient */
C_("exercise", "Pause, then lower slowly.");
/* TRANSLATORS: step 4 of the exercise “Calf raises”, read by the patient */
C_("exercise", "Stay tall throughout.");
/* TRANSLATORS: a short coaching cue for “Calf raises”, read by the patient */
C_("exercise", "Up quick, down slow");
/* TRANSLATORS: the caution printed with “Calf raises”: plain and reassuring */
C_("exercise", "Hold on if your balance is unsure.");
/* TRANSLATORS: how the clinician makes “Calf raises” easier */
C_("exercise", "Seated calf raises.");
/* TRANSLATORS: name of the exercise STR-04 in the built-in library */
C_("exercise", "Face-down leg lift");
/* TRANSLATORS: step 1 of the exercise “Face-down leg lift”, read by the patient */
C_("exercise", "Lie face down, with a pillow under your stomach if that is more comfortable; rest your forehead on your hands.");
/* TRANSLATORS: step 2 of the exercise “Face-down leg lift”, read by the patient */
C_("exercise", "Squeeze one buttock and lift that leg, straight, a few centimetres off the floor.");
/* TRANSLATORS: step 3 of the exercise “Face-down leg lift”, read by the patient */
C_("exercise", "Hold for 2 seconds and lower slowly.");
/* TRANSLATORS: a short coaching cue for “Face-down leg lift”, read by the patient */
C_("exercise", "Lift from the buttock, not the back");
/* TRANSLATORS: the caution printed with “Face-down leg lift”: plain and reassuring */
C_("exercise", "Small lifts only - don't arch your back to get the leg higher.");
/* TRANSLATORS: how the clinician makes “Face-down leg lift” easier */
C_("exercise", "Buttock squeezes only, without lifting.");
/* TRANSLATORS: name of the exercise REL-01 in the built-in library */
C_("exercise", "Belly breathing");
/* TRANSLATORS: step 1 of the exercise “Belly breathing”, read by the patient */
C_("exercise", "Lie on your back with your knees supported, or sit comfortably.");
/* TRANSLATORS: step 2 of the exercise “Belly breathing”, read by the patient */
C_("exercise", "Put one hand on your chest and the other on your tummy.");
/* TRANSLATORS: step 3 of the exercise “Belly breathing”, read by the patient */
C_("exercise", "Breathe in gently through your nose so the hand on your tummy rises more than the hand on your chest.");
/* TRANSLATORS: step 4 of the exercise “Belly breathing”, read by the patient */
C_("exercise", "Breathe out slowly, making the out-breath a little longer than the in-breath.");
/* TRANSLATORS: a short coaching cue for “Belly breathing”, read by the patient */
C_("exercise", "Slow and low");
/* TRANSLATORS: the caution printed with “Belly breathing”: plain and reassuring */
C_("exercise", "If you feel light-headed, breathe more gently and normally.");
/* TRANSLATORS: how the clinician makes “Belly breathing” easier */
C_("exercise", "1 minute at a time.");
/* TRANSLATORS: name of the exercise REL-02 in the built-in library */
C_("exercise", "Relaxed resting positions");
/* TRANSLATORS: step 1 of the exercise “Relaxed resting positions”, read by the patient */
C_("exercise", "Choose a position that eases your pain: on your back with your lower legs resting on a chair seat, or on your side with a pillow between your knees.");
/* TRANSLATORS: step 2 of the exercise “Relaxed resting positions”, read by the patient */
C_("exercise", "Use pillows so that you are fully supported.");
/* TRANSLATORS: step 3 of the exercise “Relaxed resting positions”, read by the patient */
C_("exercise", "Breathe slowly and let your muscles go heavy.");
/* TRANSLATORS: step 4 of the exercise “Relaxed resting positions”, read by the patient */
C_("exercise", "After 10–20 minutes, get up using the log roll and move around.");
/* TRANSLATORS: a short coaching cue for “Relaxed resting positions”, read by the patient */
C_("exercise", "A short break, not bed rest");
/* TRANSLATORS: the caution printed with “Relaxed resting positions”: plain and reassuring */
C_("exercise", "These positions are short breaks - always follow them with gentle movement or a walk.");
/* TRANSLATORS: how hard “Relaxed resting positions” should feel, read by the patient */
C_("exercise", "max 20 min, then move");
/* TRANSLATORS: name of the exercise REL-03 in the built-in library */
C_("exercise", "Progressive muscle relaxation");
/* TRANSLATORS: step 1 of the exercise “Progressive muscle relaxation”, read by the patient */
C_("exercise", "Sit or lie somewhere quiet.");
/* TRANSLATORS: step 2 of the exercise “Progressive muscle relaxation”, read by the patient */
C_("exercise", "Starting with your feet, gently tighten one group of muscles for about 5 seconds.");
/* TRANSLATORS: step 3 of the exercise “Progressive muscle relaxation”, read by the patient */
C_("exercise", "Let go and notice the feeling of relaxation for 10–20 seconds.");
/* TRANSLATORS: step 4 of the exercise “Progressive muscle relaxation”, read by the patient */
C_("exercise", "Work upwards through your legs, buttocks, hands, arms, shoulders and face.");
/* TRANSLATORS: a short coaching cue for “Progressive muscle relaxation”, read by the patient */
C_("exercise", "Gentle squeeze, long release");
/* TRANSLATORS: the caution printed with “Progressive muscle relaxation”: plain and reassuring */
C_("exercise", "Tense gently - don't squeeze painful areas hard. Stop if you get cramp.");
/* TRANSLATORS: how the clinician makes “Progressive muscle relaxation” easier */
C_("exercise", "Fewer muscle groups.");
/* TRANSLATORS: name of the exercise REL-04 in the built-in library */
C_("exercise", "Mindful body scan");
/* TRANSLATORS: step 1 of the exercise “Mindful body scan”, read by the patient */
C_("exercise", "Sit or lie comfortably, with your eyes closed if you like.");
/* TRANSLATORS: step 2 of the exercise “Mindful body scan”, read by the patient */
C_("exercise", "Move your attention slowly from your toes up to the top of your head.");
/* TRANSLATORS: step 3 of the exercise “Mindful body scan”, read by the patient */
C_("exercise", "Notice any sensations - including pain - without trying to change them.");
/* TRANSLATORS: step 4 of the exercise “Mindful body scan”, read by the patient */
C_("exercise", "When your mind wanders, gently bring it back to where you were.");
/* TRANSLATORS: a short coaching cue for “Mindful body scan”, read by the patient */
C_("exercise", "Notice, don't judge");
/* TRANSLATORS: the caution printed with “Mindful body scan”: plain and reassuring */
C_("exercise", "If it makes you more distressed, stop, use belly breathing instead, and tell your clinician.");
/* TRANSLATORS: name of the exercise REL-05 in the built-in library */
C_("exercise", "Heat and relax break");
/* TRANSLATORS: step 1 of the exercise “Heat and relax break”, read by the patient */
C_("exercise", "Wrap a warm (not hot) heat pack or hot-water bottle in a towel.");
/* TRANSLATORS: step 2 of the exercise “Heat and relax break”, read by the patient */
C_("exercise", "Place it on your lower back while you sit or lie supported.");
/* TRANSLATORS: step 3 of the exercise “Heat and relax break”, read by the patient */
C_("exercise", "Relax and breathe slowly.");
/* TRANSLATORS: step 4 of the exercise “Heat and relax break”, read by the patient */
C_("exercise", "Afterwards, while your back feels looser, go for a short walk or do your movement exercises.");
/* TRANSLATORS: a short coaching cue for “Heat and relax break”, read by the patient */
C_("exercise", "Heat, then move");
/* TRANSLATORS: the caution printed with “Heat and relax break”: plain and reassuring */
C_("exercise", "Check your skin often and never fall asleep on a heat source. Don't use it on numb skin or with poor circulation.");
/* TRANSLATORS: how hard “Heat and relax break” should feel, read by the patient */
C_("exercise", "warm, not hot");
/* TRANSLATORS: the handout title of the built-in template “acute” */
C_("exercise", "Getting moving again");
/* TRANSLATORS: a note to the patient on MOB-01 in the template “acute” */
C_("exercise", "Get up and move for 1–2 minutes every 30–45 minutes of sitting.");
/* TRANSLATORS: a note to the patient on FUN-01 in the template “acute” */
C_("exercise", "Use it every time you get in or out of bed.");
/* TRANSLATORS: a note to the patient on HIN-05 in the template “acute” */
C_("exercise", "Use it for picking up small objects.");
/* TRANSLATORS: a note to the patient on REL-05 in the template “acute” */
C_("exercise", "Optional, as needed: 15 minutes before a walk.");
/* TRANSLATORS: a note to the patient on AER-06 in the template “acute” */
C_("exercise", "Optional: instead of one walk, 2–3 days a week.");
/* TRANSLATORS: the handout title of the built-in template “subacute” */
C_("exercise", "Back to your usual activities");
/* TRANSLATORS: a note to the patient on AER-05 in the template “subacute” */
C_("exercise", "Optional: instead of a walk, for the same minutes.");
/* TRANSLATORS: a note to the patient on AQU-03 in the template “subacute” */
C_("exercise", "Optional from week 5: a water exercise class instead of a walk, for the same minutes.");
/* TRANSLATORS: a note to the patient on MOB-01 in the template “subacute” */
C_("exercise", "Keep taking movement breaks: 1–2 minutes every 30–45 minutes of sitting.");
/* TRANSLATORS: a note to the patient on COR-05 in the template “subacute” */
C_("exercise", "You may do this one every day.");
/* TRANSLATORS: a note to the patient on COR-08 in the template “subacute” */
C_("exercise", "The count is for each limb: each arm and each leg. You may do this one every day.");
/* TRANSLATORS: a note to the patient on COR-11 in the template “subacute” */
C_("exercise", "Do the marching version.");
/* TRANSLATORS: the handout title of the built-in template “chronic” */
C_("exercise", "Stronger and more active, step by step");
/* TRANSLATORS: the name of a phase of the built-in template “chronic” */
C_("exercise", "Foundation");
/* TRANSLATORS: the name of a phase of the built-in template “chronic” */
C_("exercise", "Build");
/* TRANSLATORS: the name of a phase of the built-in template “chronic” */
C_("exercise", "Strength & function");
/* TRANSLATORS: a note to the patient on AQU-03 in the template “chronic” */
C_("exercise", "Optional: one pool class a week may replace up to 2 walks.");
/* TRANSLATORS: a note to the patient on COR-08 in the template “chronic” */
C_("exercise", "The count is for each limb: each arm and each leg.");
/* TRANSLATORS: a note to the patient on COR-09 in the template “chronic” */
C_("exercise", "Maintenance: keep this up 3 days a week long-term.");
/* TRANSLATORS: a note to the patient on MOB-06 in the template “chronic” */
C_("exercise", "Optional, for comfort.");
