package jp.mypage.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.linking.CorporateLink;
import jp.mypage.domain.linking.LinkStatus;

/**
 * The one bound of "learners linked to this company": every query of a company's links or of the
 * learners it may act for goes through here, 連携者一覧 as well as the orders a company places for
 * its learners. The company is always the caller's own account, passed in by the service that
 * took it from the security context.
 */
@ApplicationScoped
public class CorporateLinks {

    /** Ids per IN list: far below any database's parameter limit. */
    static final int IN_CHUNK = 500;

    private static final String LINKS_OF_CORPORATE =
            " from CorporateLink l join %s l.learner a where l.corporate = :corporate and l.status = :status";
    private static final String SEARCH = " and (lower(a.profile.personName) like :pattern escape '\\'"
            + " or a.profile.personNameKana like :kana escape '\\' or lower(a.email) like :pattern escape '\\')";

    /**
     * The same bound as a table to start from (a query that reads the company's linked learners
     * first): {@code FROM } this, {@code WHERE } {@link #LINKED_NOW_CONDITION}; the learner is
     * {@code cl.learner_id}.
     */
    public static final String LINKED_NOW_TABLE = "corporate_link cl";
    /** The condition of {@link #LINKED_NOW_TABLE}, with one {@code ?} for the company's account id. */
    public static final String LINKED_NOW_CONDITION = "cl.corporate_id = ? AND cl.status = '" + LinkStatus.ACTIVE.name() + "'";

    @PersistenceContext
    private EntityManager em;

    /**
     * The same bound in SQL, for statements that are not JPQL (受講履歴): "the learner in this column
     * is linked to the company now", with one {@code ?} for the company's account id.
     */
    public static String linkedNowSql(String learnerIdColumn) {
        return "EXISTS (SELECT 1 FROM " + LINKED_NOW_TABLE + " WHERE cl.learner_id = " + learnerIdColumn + " AND "
                + LINKED_NOW_CONDITION + ")";
    }


    /** The company's links in this status that match the search, in the query's order (requests: oldest first). */
    TypedQuery<CorporateLink> links(Account corporate, LinkStatus status, LearnerQuery query) {
        String order = query.sort().path() + (query.ascending() ? " asc" : " desc");
        String jpql = "select l" + LINKS_OF_CORPORATE.formatted("fetch") + (query.hasSearch() ? SEARCH : "")
                + " order by " + (status == LinkStatus.REQUESTED ? "l.requestedAt asc" : order) + ", l.id desc";
        return bind(em.createQuery(jpql, CorporateLink.class), corporate, status, query);
    }

    int count(Account corporate, LinkStatus status, LearnerQuery query) {
        String jpql = "select count(l)" + LINKS_OF_CORPORATE.formatted("") + (query.hasSearch() ? SEARCH : "");
        return bind(em.createQuery(jpql, Long.class), corporate, status, query).getSingleResult().intValue();
    }

    /** The learner ids of the company's active links that match the search ("select all matching"), at most {@code max}. */
    public List<Long> linkedLearnerIds(Account corporate, LearnerQuery query, int max) {
        String jpql = "select a.id" + LINKS_OF_CORPORATE.formatted("") + (query.hasSearch() ? SEARCH : "")
                + " order by a.id";
        return bind(em.createQuery(jpql, Long.class), corporate, LinkStatus.ACTIVE, query).setMaxResults(max)
                .getResultList();
    }

    /**
     * Those of the given learners who are linked to the company now; any other id (unlinked, another
     * company's, a corporate account, unknown) is simply not among them.
     */
    public List<Account> linkedLearnersAmong(Account corporate, Collection<Long> learnerIds) {
        List<Long> distinct = learnerIds.stream().distinct().toList();
        List<Account> found = new ArrayList<>(distinct.size());
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            found.addAll(em.createQuery("select a" + LINKS_OF_CORPORATE.formatted("") + " and a.id in :ids", Account.class)
                    .setParameter("corporate", corporate)
                    .setParameter("status", LinkStatus.ACTIVE)
                    .setParameter("ids", distinct.subList(from, Math.min(from + IN_CHUNK, distinct.size())))
                    .getResultList());
        }
        return found;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Account corporate, LinkStatus status, LearnerQuery search) {
        query.setParameter("corporate", corporate).setParameter("status", status);
        if (search.hasSearch()) {
            query.setParameter("pattern", search.likePattern()).setParameter("kana", search.kanaLikePattern());
        }
        return query;
    }
}
