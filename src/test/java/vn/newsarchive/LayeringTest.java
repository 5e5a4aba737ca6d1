package vn.newsarchive;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering, checked on the compiled classes: the kernel at the bottom depending on
 * nothing of ours, the extraction stages plain Java, entities independent of the
 * importer, features using only the importer's entry points. Cycles between feature
 * packages are in {@link FeatureCyclesTest}.
 */
class LayeringTest {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.newsarchive");

	/**
	 * What the rest of the archive may use of the importer: the pipeline and extractor in
	 * its root package, the records it hands over ({@code importer.model}), the import
	 * into the archive ({@code importer.store}, its Spring side) and its commands
	 * ({@code importer.cli}). Everything else (decode, segment, person, meeting,
	 * document, dateline, eventdate, date, story, text) is internal.
	 */
	private static final Set<String> ENTRY_POINTS = Set.of("vn.newsarchive.importer", "vn.newsarchive.importer.model",
			"vn.newsarchive.importer.store", "vn.newsarchive.importer.cli");

	/**
	 * Internals that features used before this rule existed, each to move behind an entry
	 * point; a new use of an internal fails the test. Origin class → internal classes it
	 * may still use.
	 */
	private static final Map<String, Set<String>> KNOWN_INTERNAL_USES = Map.of(
			// the upload preview tells an unreadable file from other failures
			"vn.newsarchive.admin.article.ArticlePreviewService",
			Set.of("vn.newsarchive.importer.decode.UnreadableArticleException",
					"vn.newsarchive.importer.story.StorySignature", "vn.newsarchive.importer.story.StoryNames"),
			// the ingest API refuses an over-large body before reading it all
			"vn.newsarchive.ingest.IngestController", Set.of("vn.newsarchive.importer.decode.ArticleDecoder"),
			// search reads document codes typed into the search box as the importer does
			"vn.newsarchive.search.DocumentKeys",
			Set.of("vn.newsarchive.importer.document.DocumentTypes", "vn.newsarchive.importer.document.DocumentType"));

	@Test
	void theExtractionStagesUseNoFrameworkAndNoDatabase() {
		noClasses().that()
			.resideInAPackage("vn.newsarchive.importer..")
			.and()
			.resideOutsideOfPackage("vn.newsarchive.importer.store..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "java.sql..",
					"javax.sql..")
			.because("extract runs without a database and each stage can be tested alone; only importer.store "
					+ "writes extractions into the archive")
			.check(CLASSES);
	}

	@Test
	void theKernelDependsOnNothingElseOfOurs() {
		noClasses().that()
			.resideInAPackage("vn.newsarchive.kernel..")
			.should()
			.dependOnClassesThat(
					resideInAPackage("vn.newsarchive..").and(not(resideInAPackage("vn.newsarchive.kernel.."))))
			.check(CLASSES);
	}

	@Test
	void entitiesDoNotDependOnTheImporter() {
		noClasses().that()
			.resideInAnyPackage("vn.newsarchive.article..", "vn.newsarchive.meeting..", "vn.newsarchive.person..",
					"vn.newsarchive.resolution..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("vn.newsarchive.importer..")
			.because("dates and Vietnamese text they share with the importer live in the kernel")
			.check(CLASSES);
	}

	@Test
	void featuresUseOnlyTheImportersEntryPoints() {
		noClasses().that()
			.resideInAPackage("vn.newsarchive..")
			.and()
			.resideOutsideOfPackage("vn.newsarchive.importer..")
			.should(useImporterInternals())
			.check(CLASSES);
	}

	private static ArchCondition<JavaClass> useImporterInternals() {
		return new ArchCondition<>("use the importer's internals") {

			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				Set<String> known = KNOWN_INTERNAL_USES.getOrDefault(origin.getName(), Set.of());
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass().getBaseComponentType();
					String name = (target.isNestedClass()) ? target.getEnclosingClass().orElseThrow().getName()
							: target.getName();
					if (isInternal(target.getPackageName()) && !known.contains(name)) {
						events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
					}
				}
			}

		};
	}

	private static boolean isInternal(String packageName) {
		return packageName.startsWith("vn.newsarchive.importer") && !ENTRY_POINTS.contains(packageName);
	}

}
