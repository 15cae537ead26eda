/**
 * The entry point and the wiring: {@code Launcher} (the app or the command line), the Guice modules,
 * the FX executor that hands results back to the FX thread, the planner window, and
 * {@code SystemTime}, the one place that asks the computer for the time.
 */
package org.mentorplanner.app;
