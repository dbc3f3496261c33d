package org.safeguarding.referral;

/** A member of staff, by their Jira user key and the name people know them by. */
public record StaffMember(String key, String name) {
}
