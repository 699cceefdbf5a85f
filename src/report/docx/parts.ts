/**
 * The fixed parts of the Word report's package: content types, relationships,
 * styles, settings and core properties (ECMA-376 Part 1, WordprocessingML,
 * and Part 2, Open Packaging Conventions). Together with word/document.xml
 * they are the minimum Word and LibreOffice open without repair.
 */
import { escapeXml } from './xml.js';

/** The declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The WordprocessingML main namespace, bound to the prefix `w`. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The package's content types (OPC §10.1): which part is what. */
export const CONTENT_TYPES = `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
</Types>`;

/** The package relationships: the main document and the core properties. */
export const PACKAGE_RELS = `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
</Relationships>`;

/** The main document's relationships: its styles and settings. */
export const DOCUMENT_RELS = `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/>\
<Relationship Id="rId2" Type="${OFFICE_REL}/settings" Target="settings.xml"/>\
</Relationships>`;

// One face for every script: Arial has Latin, Cyrillic and Arabic glyphs
// (w:cs is the face of complex-script runs, Arabic among them). Sizes are in
// half-points; w:szCs and w:bCs are the size and weight of complex-script runs.
const FONT = 'Arial';

/** The styles: Normal (one face for Latin, Cyrillic and Arabic), Title, Heading 1 and 2, an indented style for reasons, and the heads of a change and of a table cell (reports across languages). */
export const STYLES = `${XML_DECLARATION}<w:styles xmlns:w="${W_NS}">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>\
<w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>\
<w:pPr><w:spacing w:after="240"/><w:contextualSpacing/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>\
<w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>\
<w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Reason"><w:name w:val="Reason"/><w:basedOn w:val="Normal"/><w:qFormat/>\
<w:pPr><w:spacing w:after="60"/><w:ind w:left="567"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="ChangeHead"><w:name w:val="Change Head"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="CellHead"><w:name w:val="Cell Head"/><w:basedOn w:val="Normal"/><w:qFormat/>\
<w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:color w:val="57606A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
</w:styles>`;

/** The settings: the default tab stop, and Word 2013+ layout rather than a compatibility mode. */
export const SETTINGS = `${XML_DECLARATION}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/>\
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

/**
 * The core properties (OPC §11): the document's title and its creator. No
 * dates, so that the same comparison always gives the same file.
 *
 * @param title - The document's title.
 * @returns The part's XML.
 */
export function coreProperties(title: string): string {
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
<dc:title>${escapeXml(title)}</dc:title><dc:creator>communique-diff</dc:creator></cp:coreProperties>`;
}
