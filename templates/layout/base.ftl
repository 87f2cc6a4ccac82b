<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page shell. Every page kind calls <@base.layout>…</@base.layout> around its main content. -->
<#import "../partials/site-header.ftl" as header>
<#import "../partials/breadcrumbs.ftl" as breadcrumbs>
<#import "../partials/site-footer.ftl" as footer>
<#macro layout>
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- Only this site's own files may load or run; the page works without any inline script. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<#if page.kind == "notfound"><base href="${site.basePath()}"></#if>
<title><#if page.kind == "index">${site.title} — ${site.tagline}<#else>${page.title} — ${site.title}</#if></title>
<meta name="description" content="${page.description}">
<#if canonical?has_content><link rel="canonical" href="${canonical}"></#if>
<meta name="color-scheme" content="light dark">
<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:type" content="<#if page.kind == "article">article<#else>website</#if>">
<#if canonical?has_content><meta property="og:url" content="${canonical}"></#if>
<meta name="twitter:card" content="summary">
<#list jsonLd as block><script type="application/ld+json">${block?no_esc}</script></#list>
<link rel="stylesheet" href="${root}css/site.css">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<#if site.published()><link rel="alternate" type="application/atom+xml" title="${site.title}: articles" href="${root}feed.xml"></#if>
<#if site.preview><script src="${root}__layerwise/live-reload.js" defer></script></#if>
</head>
<body>
<a class="lw-skip-link" href="#lw-main">Skip to content</a>
<@header.header site nav page.path page.kind == "index"/>
<main id="lw-main" class="lw-main" tabindex="-1">
<#if page.crumbs?has_content><@breadcrumbs.trail page.crumbs page.title/></#if>
<#nested>
</main>
<@footer.footer site/>
</body>
</html>
</#macro>
