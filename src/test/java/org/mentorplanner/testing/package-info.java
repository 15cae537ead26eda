/** Test support shared by the test packages: the organisation builder the fixtures seed with. */
package org.mentorplanner.testing;
