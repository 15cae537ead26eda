/**
 * The window's shared pieces: the {@link org.mentorplanner.ui.TaskExecutor} that runs store work off the FX
 * thread, dialogs and their layout, the progress task of long work, and messages for the user. Each
 * feature of the window has a package of its own below this one (a view and its presenter).
 */
package org.mentorplanner.ui;
