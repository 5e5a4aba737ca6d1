package vn.newsarchive.ingest;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

	boolean existsByNameAndRevokedAtIsNull(String name);

	List<ApiToken> findAllByOrderByRevokedAtDescNameAsc();

}
