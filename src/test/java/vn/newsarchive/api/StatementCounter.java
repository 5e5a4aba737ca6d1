package vn.newsarchive.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements every connection of the application prepares (JDBC and JPA
 * alike), leaving out the tallies' background fold.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private final List<String> statements = new CopyOnWriteArrayList<>();

	public void clear() {
		this.statements.clear();
	}

	public long count() {
		return statements().size();
	}

	/** The statements prepared since the last {@link #clear()}, but the tallies' fold. */
	public List<String> statements() {
		return this.statements.stream()
			.filter((sql) -> !sql.contains("archive_tally_fold") && !sql.contains("pg_advisory"))
			.toList();
	}

	@Bean
	static BeanPostProcessor countingDataSource(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource) ? counter.wrap(dataSource) : bean;
			}
		};
	}

	private DataSource wrap(DataSource dataSource) {
		return proxy(DataSource.class, dataSource, (method, result) -> (result instanceof Connection connection)
				? proxy(Connection.class, connection, (m, r) -> r) : result);
	}

	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type, T target, Wrapper wrapper) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (type == Connection.class && method.getName().startsWith("prepare") && args != null
					&& args[0] instanceof String sql) {
				this.statements.add(sql);
			}
			try {
				return wrapper.wrap(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private interface Wrapper {

		Object wrap(Method method, Object result);

	}

}
