package jp.mypage.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in to a session, as {@link SessionFormAuthenticationMechanism} keeps it there: the
 * caller's name and groups as the identity store gave them. A plain session attribute, so it travels
 * with the session to another node of a cluster like everything else in it.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    /** The session attribute. */
    static final String ATTRIBUTE = SessionCaller.class.getName();

    SessionCaller {
        groups = Set.copyOf(groups);
    }
}
