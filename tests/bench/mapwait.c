/* SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A copy of the project's own shared tool; its original header follows unchanged. One
 * addition: cpu_ms, the processor time all the child's threads had used when its window
 * mapped (the first field of /proc/PID/task/TID/schedstat, in ns). On a machine shared with
 * other work the wall-clock time grows with the load; the processor time much less so.
 */
/* mapwait: exec a command, print ms until its first top-level window is mapped
 * (MapNotify on the root window, any window >= 50x50), then its pid and RSS
 * after SETTLE_MS, then kill it (SIGTERM) and reap.
 * usage: mapwait [-s settle_ms] [-t timeout_ms] -- cmd args...   (needs $DISPLAY) */
#include <X11/Xlib.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms (void) { struct timespec t; clock_gettime (CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }

static long rss_kb (pid_t pid)
{
  char p[64], line[256]; long kb = -1;
  snprintf (p, sizeof p, "/proc/%d/status", pid);
  FILE *f = fopen (p, "r"); if (!f) return -1;
  while (fgets (line, sizeof line, f)) if (sscanf (line, "VmRSS: %ld", &kb) == 1) break;
  fclose (f); return kb;
}

static double cpu_ms (pid_t pid)
{
  char p[64], q[400]; double ns = 0; struct dirent *e;
  snprintf (p, sizeof p, "/proc/%d/task", pid);
  DIR *dir = opendir (p); if (!dir) return -1;
  while ((e = readdir (dir))) {
    unsigned long long run; FILE *f;
    if (e->d_name[0] == '.') continue;
    snprintf (q, sizeof q, "%s/%s/schedstat", p, e->d_name);
    if ((f = fopen (q, "r"))) { if (fscanf (f, "%llu", &run) == 1) ns += run; fclose (f); }
  }
  closedir (dir); return ns / 1e6;
}

int main (int argc, char **argv)
{
  int settle = 2000, timeout = 20000, i = 1;
  for (; i < argc; i++) {
    if (!strcmp (argv[i], "-s")) settle = atoi (argv[++i]);
    else if (!strcmp (argv[i], "-t")) timeout = atoi (argv[++i]);
    else if (!strcmp (argv[i], "--")) { i++; break; }
    else break;
  }
  Display *d = XOpenDisplay (NULL);
  if (!d) { fprintf (stderr, "no display\n"); return 2; }
  Window root = DefaultRootWindow (d);
  XSelectInput (d, root, SubstructureNotifyMask);
  XSync (d, False);
  double t0 = now_ms ();
  pid_t pid = fork ();
  if (pid == 0) { execvp (argv[i], argv + i); _exit (127); }
  double mapped = -1, cpu = -1;
  int fd = ConnectionNumber (d);
  while (mapped < 0 && now_ms () - t0 < timeout) {
    while (XPending (d)) {
      XEvent ev; XNextEvent (d, &ev);
      if (ev.type == MapNotify) {
        XWindowAttributes a;
        if (XGetWindowAttributes (d, ev.xmap.window, &a) && a.width >= 50 && a.height >= 50 && mapped < 0)
          mapped = now_ms () - t0;
      }
    }
    if (mapped >= 0) { cpu = cpu_ms (pid); break; }
    fd_set s; FD_ZERO (&s); FD_SET (fd, &s);
    struct timeval tv = { 0, 20000 };
    select (fd + 1, &s, NULL, NULL, &tv);
    if (waitpid (pid, NULL, WNOHANG) == pid) { fprintf (stderr, "child exited early\n"); return 1; }
  }
  usleep (settle * 1000);
  long kb = rss_kb (pid);
  printf ("mapped_ms=%.1f rss_kb=%ld pid=%d cpu_ms=%.1f\n", mapped, kb, pid, cpu);
  fflush (stdout);
  kill (pid, SIGTERM);
  for (int k = 0; k < 100 && waitpid (pid, NULL, WNOHANG) != pid; k++) usleep (20000);
  if (waitpid (pid, NULL, WNOHANG) == 0) { kill (pid, SIGKILL); waitpid (pid, NULL, 0); }
  XCloseDisplay (d);
  return mapped < 0;
}
