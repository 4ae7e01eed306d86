package jp.mypage.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mypage.domain.training.Course;

/**
 * 研修一覧 for account holders: published courses that can be applied for (動画配信, or a live course
 * with a published session ahead), searched and paged in the database, and a course's page with
 * its upcoming sessions and 残席. An unpublished course is not found, whatever its id.
 */
@Stateless
@RolesAllowed({"PERSONAL", "CORPORATE"})
public class TrainingCatalogue {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Catalogue catalogue;

    public List<CourseSummary> trainings(CatalogueQuery query, int first, int pageSize) {
        return catalogue.courses(query, true, clock.instant(), first, pageSize);
    }

    public int countTrainings(CatalogueQuery query) {
        return catalogue.count(query, true, clock.instant());
    }

    public Optional<CourseView> findTraining(long courseId) {
        Instant now = clock.instant();
        return Optional.ofNullable(em.find(Course.class, courseId))
                .filter(Course::isPublished)
                .map(course -> Catalogue.view(course, catalogue.sessions(course, true, now), false, now));
    }
}
