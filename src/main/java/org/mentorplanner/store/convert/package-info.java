/**
 * jOOQ converters between column values and domain values (instants as epoch milliseconds,
 * wall-clock times as text, zones), named in the code generator's configuration in pom.xml.
 */
package org.mentorplanner.store.convert;
