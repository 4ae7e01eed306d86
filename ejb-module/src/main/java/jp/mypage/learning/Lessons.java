package jp.mypage.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.mypage.domain.learning.Lesson;

/** The current (not removed) lessons of a course, in order; shared by the operators' and learners' sides. */
@ApplicationScoped
public class Lessons {

    @PersistenceContext
    private EntityManager em;

    public List<Lesson> of(long courseId) {
        return em.createQuery("select l from Lesson l where l.courseId = :course and l.removedAt is null"
                + " order by l.position, l.id", Lesson.class).setParameter("course", courseId).getResultList();
    }
}
