<#macro footer site>
<footer class="lw-footer">
  <p>${site.title} is for education, not medical advice: for a skin condition or a prescription, ask a dermatologist.</p>
  <p><a href="${root}about/">About and corrections</a><#if site.published()> · <a href="${root}feed.xml">Articles feed</a> · <a href="${root}sitemap.xml">Sitemap</a></#if></p>
</footer>
</#macro>
