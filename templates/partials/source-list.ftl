<ul class="lw-sources">
  <#list sources as source><li><a href="${source.url}" rel="external">${source.title}</a></li></#list>
</ul>
