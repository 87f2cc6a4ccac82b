<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
  <title>${site.title}</title>
  <subtitle>${site.description}</subtitle>
  <link href="${site.baseUrl}/"/>
  <link rel="self" href="${site.baseUrl}/feed.xml"/>
  <id>${site.baseUrl}/</id>
  <#if articles?has_content><updated>${articles[0].updated}T00:00:00Z</updated></#if>
  <#list articles as card>
  <entry>
    <title>${card.title}</title>
    <link href="${site.baseUrl}/${card.path}"/>
    <id>${site.baseUrl}/${card.path}</id>
    <published>${card.date}T00:00:00Z</published>
    <updated>${card.updated}T00:00:00Z</updated>
    <summary>${card.summary}</summary>
    <author><name>${site.title}</name></author>
  </entry>
  </#list>
</feed>
