package vn.newsarchive;

import com.tngtech.archunit.library.dependencies.SliceRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * No cycles between the feature packages ({@code vn.newsarchive.*}), apart from the
 * package-to-package dependencies that close the cycles found when the rule was written
 * (session 9). Each is listed with why it exists; a new cycle through any other pair of
 * packages fails the test, and removing one of these (moving the class it needs) lets the
 * rule check that pair too.
 */
class FeatureCyclesTest {

	@Test
	void featurePackagesFormNoCycles() {
		SliceRule rule = slices().matching("vn.newsarchive.(*)..").should().beFreeOfCycles();
		// JPA associations mapped on both sides: an article's meetings, persons and
		// documents, and the way back from each of them
		rule = ignore(rule, "meeting", "article");
		rule = ignore(rule, "person", "article");
		rule = ignore(rule, "person", "meeting");
		rule = ignore(rule, "resolution", "article");
		rule = ignore(rule, "resolution", "meeting");
		rule.check(LayeringTest.CLASSES);
	}

	private static SliceRule ignore(SliceRule rule, String from, String to) {
		return rule.ignoreDependency(resideInAPackage("vn.newsarchive." + from + ".."),
				resideInAPackage("vn.newsarchive." + to + ".."));
	}

}
