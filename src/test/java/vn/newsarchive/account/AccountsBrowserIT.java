package vn.newsarchive.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.newsarchive.testdata.ImportedSeedsBrowserTest;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts as people use them, in headless Chromium: the old shared login fails, an
 * editor is refused from account management, an admin adds an account whose one-time
 * password must be changed at its first sign-in.
 */
class AccountsBrowserIT extends ImportedSeedsBrowserTest {

	@Test
	void theSharedLoginFailsAndAnEditorIsRefusedFromAccountManagement() {
		signIn("editor", "editor");
		assertThat(text(".alert.error")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");

		TestAccounts.create(this.jdbc, "bien-tap-vien", "mật khẩu biên tập viên", "EDITOR");
		signIn("bien-tap-vien", "mật khẩu biên tập viên");
		assertThat(text("h1")).isEqualTo("Khu vực biên tập");
		assertThat(this.browser.findElements(By.linkText("Tài khoản"))).isEmpty();
		open("/admin/users");
		assertThat(text("h1")).isEqualTo("Không có quyền truy cập");
		signOut();
	}

	@Test
	void anAdminAddsAnAccountWhoseOneTimePasswordMustBeChanged() {
		this.jdbc.update("delete from app_user where username = 'phong-vien'");
		TestAccounts.create(this.jdbc, "quan-tri-vien", "mật khẩu quản trị viên", "ADMIN");
		signIn("quan-tri-vien", "mật khẩu quản trị viên");
		this.chromium.follow(this.browser.findElement(By.linkText("Tài khoản")));
		this.browser.findElement(By.id("username")).sendKeys("phong-vien");
		this.chromium.follow(this.browser.findElement(By.cssSelector("form[action$='/admin/users'] button")));
		assertThat(text(".alert[role=status]")).contains("Đã tạo tài khoản phong-vien.");
		String oneTime = text("code.one-time-password");
		signOut();

		signIn("phong-vien", oneTime);
		assertThat(text("h1")).isEqualTo("Đổi mật khẩu");
		assertThat(text("section")).contains("Bạn đang dùng mật khẩu dùng một lần");
		open("/admin/articles");
		assertThat(text("h1")).as("nothing else until the password is changed").isEqualTo("Đổi mật khẩu");
		this.browser.findElement(By.id("current")).sendKeys(oneTime);
		this.browser.findElement(By.id("chosen")).sendKeys("mật khẩu riêng của phóng viên");
		this.browser.findElement(By.id("repeated")).sendKeys("mật khẩu riêng của phóng viên");
		this.chromium
			.follow(this.browser.findElement(By.cssSelector("form[action$='/admin/account/password'] button")));
		assertThat(text("h1")).isEqualTo("Khu vực biên tập");
		assertThat(text(".alert[role=status]")).isEqualTo("Đã đổi mật khẩu của phong-vien.");
		signOut();
	}

	private void signIn(String username, String password) {
		open("/login");
		String loginPage = this.browser.getCurrentUrl();
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("form[action$='/login'] button")).click();
		// signed in or refused, the form posts and the browser lands elsewhere
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().equals(loginPage));
	}

	private void signOut() {
		open("/admin");
		this.browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().contains("/admin"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

}
