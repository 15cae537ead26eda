/**
 * SQLite: opening and migrating the file (Flyway), the one connection and its serialised transactions,
 * and the repositories (jOOQ and plain SQL) that map rows to domain records. The only package that
 * touches SQL, jOOQ or its generated classes.
 */
package org.mentorplanner.store;
