package vn.newsarchive.saved;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

	List<SavedSearch> findByOwnerHashOrderByCreatedAtDescIdDesc(String ownerHash);

	long countByOwnerHash(String ownerHash);

	Optional<SavedSearch> findByIdAndOwnerHash(long id, String ownerHash);

	Optional<SavedSearch> findByFeedToken(String feedToken);

}
