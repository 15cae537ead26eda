package org.mentorplanner.ui.editor;

/** What the user asked the editor to do with the session. */
public enum EditorAction {
    /** Save; a new session stays a draft, a published one stays published. */
    SAVE,
    /** Save and publish, so it gets a booking link. */
    PUBLISH,
    /** Publish, then open a prefilled copy at the next free slot for quick repeated entry. */
    PUBLISH_AND_DUPLICATE
}
