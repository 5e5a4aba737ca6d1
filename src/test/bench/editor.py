"""The load check's editor: signs in, then every 3 s saves a new title on one article
through the edit form (with its CSRF token and version) and reads the public page at
once, as an anonymous reader, to check the edit is there (not lost, not stale).

python3 editor.py BASE USER PASSWORD SECONDS -> one line:
EDITOR saves=N lost=0 stale=0 failed=0 p50=..ms p99=..ms
"""
import html.parser
import http.cookiejar
import re
import sys
import time
import urllib.parse
import urllib.request


class Form(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.fields, self.textarea, self.in_form = [], None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method") == "post" and "edit" in (a.get("action") or ""):
            self.in_form = True
        if not self.in_form or "name" not in a:
            return
        if tag == "input" and a.get("type") not in ("submit", "button", "checkbox", "radio", "file"):
            self.fields.append([a["name"], a.get("value") or ""])
        elif tag == "input" and a.get("type") in ("checkbox", "radio") and "checked" in a:
            self.fields.append([a["name"], a.get("value") or "on"])
        elif tag == "textarea":
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        if tag == "form":
            self.in_form = False

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def main(base, user, password, seconds):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    reader = urllib.request.build_opener(NoRedirect)

    def get(path, who=opener):
        with who.open(base + path) as r:
            return r.read().decode("utf-8")

    def post(path, fields):
        data = urllib.parse.urlencode(fields).encode()
        try:
            with opener.open(urllib.request.Request(base + path, data=data)) as r:
                return r.status, r.headers.get("Location")
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Location")

    token = re.search(r'name="_csrf" value="([^"]+)"', get("/login")).group(1)
    status, location = post("/login", {"username": user, "password": password, "_csrf": token})
    assert status == 302 and "error" not in (location or ""), (status, location)
    article = re.search(r'href="/admin/articles/(\d+)/edit"', get("/admin/articles")).group(1)

    saves = lost = stale = failed = 0
    took = []
    end = time.time() + seconds
    while time.time() < end:
        form = Form()
        form.feed(get(f"/admin/articles/{article}/edit"))
        marker = f"Kiểm tra tải {saves + 1} {int(time.time() * 1000)}"
        fields = [(n, marker if n == "title" else v) for n, v in form.fields]
        start = time.time()
        status, location = post(f"/admin/articles/{article}/edit", fields)
        took.append((time.time() - start) * 1000)
        # a refused save renders the form again (200); a saved one redirects (back to its edit page)
        if status != 302:
            failed += 1
        else:
            saves += 1
            try:
                page = get(f"/bai-viet/{article}", reader)
            except urllib.error.HTTPError as e:
                moved = re.sub(r"^https?://[^/]+", "", e.headers.get("Location") or "")
                page = get(moved, reader) if e.code in (301, 302) else ""
            if marker not in page:
                stale += 1
        time.sleep(3)
    edit_page = get(f"/admin/articles/{article}/edit")
    if saves and marker not in edit_page and failed == 0:
        lost += 1
    took.sort()
    p = lambda q: took[min(len(took) - 1, int(q * len(took)))] if took else 0
    print(f"EDITOR saves={saves} lost={lost} stale={stale} failed={failed} p50={p(0.5):.0f}ms p99={p(0.99):.0f}ms")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
