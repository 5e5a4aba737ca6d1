package vn.newsarchive.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Makes the projection records known to Hibernate Search at start. It discovers
 * {@code @ProjectionConstructor} types by scanning the archive holding the entities,
 * which a Spring Boot jar's nested classes directory does not reliably offer; naming them
 * costs nothing and holds in every packaging.
 */
public class SearchProjections implements HibernateOrmSearchMappingConfigurer {

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		context.annotationMapping().add(StoredHit.class).add(StoredHit.Texts.class).add(StoryCopies.Copy.class);
	}

}
