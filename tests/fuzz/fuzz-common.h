/* fuzz-common.h: what every fuzz target shares, in the libFuzzer build and in the replay
 * tests of the normal build
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdint.h>

G_BEGIN_DECLS

/* The libFuzzer entry points each target defines. */
int  LLVMFuzzerInitialize   (int            *argc,
                             char         ***argv);
int  LLVMFuzzerTestOneInput (const uint8_t  *data,
                             size_t          size);

/* Criticals are programming errors, so they end the run like a crash; warnings about the
 * input (a damaged file) are expected and stay quiet. */
void fuzz_common_init       (void);

/* A nul-terminated copy of the input, for the readers that take text. */
char *fuzz_common_text      (const uint8_t  *data,
                             size_t          size);

/* Aborts with @message (printf-style) so the fuzzer keeps the input as a crash. */
void fuzz_common_fail       (const char     *format,
                             ...) G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN;

G_END_DECLS
