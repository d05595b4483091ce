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

- Noto Sans Tamil, Noto Sans Arabic (cut down to the Arabic block for Jawi) and Noto Sans CJK SC (cut down to the
  Han characters of GB 2312 and Big5's frequently used level), embedded in the printed summary for names in those
  scripts (fonts/NotoSansTamil-Regular.ttf, fonts/NotoSansTamil-Bold.ttf, fonts/NotoSansArabic-Jawi-Regular.ttf,
  fonts/NotoSansArabic-Jawi-Bold.ttf, fonts/NotoSansCJKsc-Names-Regular.ttf); Copyright 2015-2020 Google LLC,
  2017 Google Inc., 2014-2021 Adobe (Reserved Font Name 'Source')
  Licence: SIL Open Font License, Version 1.1 (LICENSE-Noto.txt, with the versions and how they were cut down)
  https://openfontlicense.org/open-font-license-official-text/

- Data for reading learners' credential files offline (resources/evidence; SOURCES.md there names each file):
  the W3C Verifiable Credentials v1 and v2 and Data Integrity v1 and v2 JSON-LD contexts
  Licence: W3C Software and Document License
  https://www.w3.org/copyright/software-license/
  the Open Badges 3.0 JSON-LD contexts 3.0.0 to 3.0.3, as published by 1EdTech for implementers
  https://purl.imsglobal.org/spec/ob/v3p0/
  and a snapshot of the OpenCerts registry of document stores (names and addresses only)
  Licence: Apache License, Version 2.0
  https://github.com/OpenCerts/opencerts-website

- SQLite, the database engine compiled into SQLite JDBC
  Licence: public domain
  https://www.sqlite.org/copyright.html

- Feather icons by Cole Bemis, as the icon font inside Ikonli's feather pack
  Licence: MIT License
  https://github.com/feathericons/feather/blob/main/LICENSE
