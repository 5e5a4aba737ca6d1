package vn.newsarchive.admin.article;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application with MockMvc and the importer's real pipeline (unlike
 * {@code AdminTest}, whose fake extractor knows only registered files): for the pages
 * that show what the pipeline finds in raw text.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureMockMvc
@interface RealPipelineAdminTest {

}
