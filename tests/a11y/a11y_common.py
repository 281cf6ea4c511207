# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared by the accessibility tests: start Physioplan on a fixture database under the
AT-SPI bus, find it on the accessibility desktop, walk its tree and act through it.

Everything goes through the accessibility tree (pyatspi), as a screen reader or a
switch-access tool would: find by role and name, doAction, set text. Waits poll a
condition with a deadline; nothing sleeps a fixed time to make a test pass.

Exit status 77 (meson's SKIP) only when the AT-SPI bus cannot start or the app never shows
up on it; a missing Python module is a failure that names the package to install."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi  # noqa: F401  (pyatspi needs it; imported for the check)
    import pyatspi
except (ImportError, ValueError) as e:
    print('Bail out! python3-gi and python3-pyatspi are needed (tools/dev-common.sh '
          'installs them; run with /usr/bin/python3, not a virtualenv): %s' % e)
    sys.exit(1)

ACTIONABLE = {
    pyatspi.ROLE_PUSH_BUTTON: 'push button',
    pyatspi.ROLE_TOGGLE_BUTTON: 'toggle button',
    pyatspi.ROLE_CHECK_BOX: 'check box',
    pyatspi.ROLE_RADIO_BUTTON: 'radio button',
    pyatspi.ROLE_MENU_ITEM: 'menu item',
    pyatspi.ROLE_CHECK_MENU_ITEM: 'check menu item',
    pyatspi.ROLE_RADIO_MENU_ITEM: 'radio menu item',
    pyatspi.ROLE_LIST_ITEM: 'list item',
    pyatspi.ROLE_TABLE_CELL: 'table cell',
    pyatspi.ROLE_ENTRY: 'entry',
    pyatspi.ROLE_PASSWORD_TEXT: 'password text',
    pyatspi.ROLE_SPIN_BUTTON: 'spin button',
    pyatspi.ROLE_COMBO_BOX: 'combo box',
    pyatspi.ROLE_LINK: 'link',
}


def is_actionable(node, role):
    """An actionable role, or text that can be edited (GTK 4.8 gives entries the text role)."""
    if role in ACTIONABLE:
        return True
    if role == pyatspi.ROLE_TEXT:
        s = states(node)
        return s is not None and s.contains(pyatspi.STATE_EDITABLE)
    return False


def log(msg):
    print('# ' + msg, flush=True)


def timeout_scale():
    try:
        return max(1.0, float(os.environ.get('PHYSIO_TEST_TIMEOUT_SCALE', '1')))
    except ValueError:
        return 1.0


def wait_for(what, fn, seconds=10.0):
    """Polls fn () until it returns something true; fails the test naming @what."""
    end = time.monotonic() + seconds * timeout_scale()
    delay = 0.01
    while True:
        try:
            value = fn()
        except Exception:  # a node that went away while we looked: look again
            value = None
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError('timed out waiting for ' + what)
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


class App:
    """Physioplan on a fixture database, on the AT-SPI bus of this D-Bus session."""

    def __init__(self, build_root, extra_env=None):
        self.build_root = build_root
        self.dir = tempfile.mkdtemp(prefix='physio-a11y-')
        self.db = os.path.join(self.dir, 'physioplan.db')
        fixture = os.path.join(build_root, 'tests', 'a11y', 'a11y-fixture')
        subprocess.run([fixture, self.db], check=True)

        env = dict(os.environ)
        home = os.path.join(self.dir, 'home')
        os.makedirs(home)
        env.update({
            'HOME': home,
            'XDG_CACHE_HOME': os.path.join(home, '.cache'),
            'XDG_CONFIG_HOME': os.path.join(home, '.config'),
            'XDG_DATA_HOME': os.path.join(home, '.local', 'share'),
            'GSETTINGS_BACKEND': 'memory',
            'GSETTINGS_SCHEMA_DIR': os.path.join(build_root, 'data'),
            'GSK_RENDERER': 'cairo',
            'GTK_A11Y': 'atspi',
        })
        if extra_env:
            env.update(extra_env)
        if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
            self.skip('no display (run under xvfb-run)')
        if not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
            self.skip('no session bus (run under dbus-run-session)')

        self.desktop = None
        try:
            self.desktop = pyatspi.Registry.getDesktop(0)
            self.desktop.childCount
        except Exception as e:
            self.skip('the AT-SPI bus did not start (at-spi2-core): %s' % e)

        binary = os.path.join(build_root, 'src', 'physioplan')
        # In the scratch folder: whatever the app writes by a relative name goes with it.
        self.proc = subprocess.Popen([binary, '--database=' + self.db], env=env, cwd=self.dir)
        try:
            self.app = wait_for('Physioplan on the AT-SPI bus', self._find_app, 20)
        except AssertionError:
            self.close()
            self.skip('the app never appeared on the AT-SPI bus')

    def skip(self, why):
        print('1..0 # SKIP %s' % why, flush=True)
        self.close()
        sys.exit(SKIP)

    def _find_app(self):
        for i in range(self.desktop.childCount):
            child = self.desktop.getChildAtIndex(i)
            try:
                if child is not None and child.get_process_id() == self.proc.pid:
                    return child
            except Exception:
                continue
        return None

    def close(self):
        proc = getattr(self, 'proc', None)
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    # Finding things ----------------------------------------------------------------------

    def windows(self):
        return [self.app.getChildAtIndex(i) for i in range(self.app.childCount)]

    def window(self, name_part):
        def find():
            for w in self.windows():
                if w is not None and name_part in (w.name or ''):
                    return w
            return None
        return wait_for('window "%s"' % name_part, find)


def walk(node, depth=0, max_depth=80):
    """Yields (node, depth) for @node and every descendant, depth first."""
    if node is None or depth > max_depth:
        return
    yield node, depth
    try:
        n = node.childCount
    except Exception:
        return
    for i in range(n):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, max_depth)


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def role_matches(node, role):
    """@role is one role or a tuple of roles (GTK 4.18 makes a grouped check button a radio)."""
    roles = role if isinstance(role, tuple) else (role,)
    return node.getRole() in roles


def find(root, role=None, name=None, contains=None, pred=None):
    """The first node under @root with @role and @name (exact) or @contains (substring)."""
    for node, _ in walk(root):
        try:
            if role is not None and not role_matches(node, role):
                continue
            n = node.name or ''
        except Exception:
            continue
        if name is not None and n != name:
            continue
        if contains is not None and contains not in n:
            continue
        if pred is not None and not pred(node):
            continue
        return node
    return None


def find_all(root, role=None, contains=None):
    out = []
    for node, _ in walk(root):
        try:
            if role is not None and not role_matches(node, role):
                continue
            if contains is not None and contains not in (node.name or ''):
                continue
        except Exception:
            continue
        out.append(node)
    return out


def wait_find(what, root_fn, **kw):
    return wait_for(what, lambda: find(root_fn(), **kw))


def do_action(node, preferred=('click', 'activate', 'press', 'toggle')):
    """Runs the node's default action; returns its name."""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for want in preferred:
        if want in names:
            action.doAction(names.index(want))
            return want
    for i, n in enumerate(names):
        if n.rsplit('.', 1)[-1] in preferred:
            action.doAction(i)
            return n
    if action.nActions > 0:
        action.doAction(0)
        return names[0]
    raise AssertionError('%s "%s" has no action' % (node.getRoleName(), node.name))


def is_visible(node):
    """GTK 4.8 sets no SHOWING state: VISIBLE is the best there is."""
    s = states(node)
    return s is not None and s.contains(pyatspi.STATE_VISIBLE)


def parent_of(node):
    """The parent as the tree walk sees it (Accessible.parent can come back without its
    children on GTK 4.8)."""
    p = node.parent
    try:
        if p.childCount > 0:
            return p
    except Exception:
        pass
    raise AssertionError('no usable parent for ' + describe(node))


def press(node):
    """Activates @node: its action, or for a list row without one (GTK 4.8 rows have no
    action) selecting it through the list's Selection interface."""
    try:
        action = node.queryAction()
        n = action.nActions
    except NotImplementedError:
        n = 0
    if n > 0:
        return do_action(node)
    parent = parent_of(node)
    if not parent.querySelection().selectChild(node.getIndexInParent()):
        raise AssertionError('could not select ' + describe(node))
    return 'select'


def set_text(node, text):
    node.queryEditableText().setTextContents(text)


def describe(node):
    try:
        return '%s "%s"' % (node.getRoleName(), node.name)
    except Exception:
        return '(gone)'


def path_of(node, up=4):
    parts = []
    cur = node
    for _ in range(up):
        try:
            cur = cur.parent
        except Exception:
            break
        if cur is None:
            break
        parts.append(describe(cur))
    return ' < '.join(parts)
