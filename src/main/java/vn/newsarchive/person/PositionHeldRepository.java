package vn.newsarchive.person;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PositionHeldRepository extends JpaRepository<PositionHeld, Long> {

}
