package vn.newsarchive.resolution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResolutionRepository extends JpaRepository<Resolution, Long> {

	List<Resolution> findByKindAndNumberAndIssuer(String kind, String number, String issuer);

}
