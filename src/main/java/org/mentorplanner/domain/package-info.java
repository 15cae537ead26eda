/**
 * The product's vocabulary and rules in plain Java: sessions and their details, people, locations and
 * groups, enrollment methods and statuses, validation, zone conversion. No JavaFX, SQL or Guice.
 */
package org.mentorplanner.domain;
