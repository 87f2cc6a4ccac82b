<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#-- A plain GET form: search.js reads ?q= on load, so a submitted or shared search shows its results. -->
<@base.layout>
<h1>${page.title}</h1>
<form class="lw-search" role="search" action="./" method="get" data-index="${root}search-index.json">
  <label class="lw-search__label" for="lw-search-q">Search articles, product types, questions and the glossary</label>
  <div class="lw-search__row">
    <input class="lw-search__input" id="lw-search-q" type="search" name="q" autocomplete="off" spellcheck="false"
      aria-describedby="lw-search-hint" aria-controls="lw-search-results">
    <button class="lw-search__button" type="submit">Search</button>
  </div>
  <p class="lw-search__hint" id="lw-search-hint">Shows pages that contain every word you type. Press the down arrow to move to the results.</p>
</form>
<div class="lw-search__status" id="lw-search-status" role="status" aria-live="polite" aria-atomic="true"></div>
<ol class="lw-search__results" id="lw-search-results" aria-label="Search results"></ol>
<noscript>
  <p class="lw-search__noscript">Search needs JavaScript, which is turned off or blocked. Everything is also reachable
  from the <a href="${root}types/">product types</a>, the <a href="${root}articles/">articles</a>,
  the <a href="${root}faq/">FAQ</a> and the <a href="${root}glossary/">glossary</a>.</p>
</noscript>
<script src="${root}js/search.js" defer></script>
</@base.layout>
