<#-- The template of THIRD-PARTY.txt (license-maven-plugin, add-third-party). The dependency list is generated from
     the dependencies' POMs at every build; the section after it is kept by hand for what Maven does not know:
     fonts and the icon font inside a dependency. -->
Exemption Advisor bundles the following third-party software. Each is used under its own licence, named here;
the licence texts are at the addresses given (in the installed application, the fonts' licences are in the
licences folder beside this file). The NOTICE files of the Apache-licensed components are passed on in that
folder's "notices" subfolder.

Libraries (${dependencyMap?size}, generated from the build)
<#list dependencyMap as e>
<#assign project = e.getKey()/>
<#assign licenses = e.getValue()/>

- ${project.name} ${project.version} (${project.groupId}:${project.artifactId})
  Licence: <#list licenses as license>${license}<#sep>; </#sep></#list>
  ${project.url!"no address published"}
</#list>

Fonts and icons (kept by hand in packaging/licences/third-party.ftl)

- DejaVu Sans and DejaVu Sans Bold (fonts/DejaVuSans.ttf, fonts/DejaVuSans-Bold.ttf), embedded in the printed summary
  Licence: Bitstream Vera Fonts licence with the DejaVu changes in the public domain (LICENSE-DejaVu.txt)
  https://dejavu-fonts.github.io/License.html

- Noto Sans Tamil, Noto Sans Arabic (cut down to Jawi) and Noto Sans CJK SC (cut down to names), for names in the
  printed summary (fonts/NotoSansTamil-Regular.ttf, fonts/NotoSansTamil-Bold.ttf,
  fonts/NotoSansArabic-Jawi-Regular.ttf, fonts/NotoSansArabic-Jawi-Bold.ttf, fonts/NotoSansCJKsc-Names-Regular.ttf)
  Licence: SIL Open Font License, Version 1.1 (LICENSE-Noto.txt, with each font's source and copyright)
  https://openfontlicense.org

- SQLite, the database engine compiled into SQLite JDBC
  Licence: public domain
  https://www.sqlite.org/copyright.html

- Feather icons by Cole Bemis, as the icon font inside Ikonli's feather pack
  Licence: MIT License
  https://github.com/feathericons/feather/blob/main/LICENSE
