<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list paths as path>
  <url><loc>${site.baseUrl}/${path}</loc></url>
</#list>
</urlset>
