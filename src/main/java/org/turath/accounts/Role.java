package org.turath.accounts;

/** What a person may do in the portal: visitors have no account; every other role is one of these. */
public enum Role {
    ADMIN,
    SECRETARIAT,
    EDITOR,
    COMMITTEE_MEMBER,
    EVALUATOR,
    /** Acts for one or more member states only. */
    FOCAL_POINT,
    MUSEUM_CURATOR,
    /** Gives trainings: marks attendance of the activities that name them as trainer. */
    TRAINER;

    public static java.util.Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
