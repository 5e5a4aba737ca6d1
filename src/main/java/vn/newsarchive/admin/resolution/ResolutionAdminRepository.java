package vn.newsarchive.admin.resolution;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import vn.newsarchive.resolution.Resolution;

/** The queries the editors' document pages need. */
interface ResolutionAdminRepository extends Repository<Resolution, Long> {

	Page<Resolution> findAll(Pageable pageable);

	Page<Resolution> findByCodeContainingIgnoreCaseOrTitleContainingIgnoreCaseOrKindContainingIgnoreCase(String code,
			String title, String kind, Pageable pageable);

}
