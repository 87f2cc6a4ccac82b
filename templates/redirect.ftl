<#ftl output_format="HTML" strip_whitespace=true>
<#-- An old address (aliases:, moved_from:) sending readers and search engines on to the page's new one. -->
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${page.title} — ${site.title}</title>
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light dark">
<meta http-equiv="refresh" content="0; url=${root}${target}">
<#if targetUrl?has_content><link rel="canonical" href="${targetUrl}"></#if>
</head>
<body>
<main>
<h1>This page has moved</h1>
<p><a href="${root}${target}">${page.title}</a> is now at a new address.</p>
</main>
</body>
</html>
