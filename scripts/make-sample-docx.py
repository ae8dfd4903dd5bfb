#!/usr/bin/env python3
"""Builds the sample DOCX pair corpora/sample/harbour.{en,fr}.docx (a heading, paragraphs, a
list, a table and a footnote), written for Bitext, so that the binary files can be rebuilt.
Usage: python3 scripts/make-sample-docx.py"""
import os
import zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

DOCS = {
    'en': {
        'title': 'The harbour reopens',
        'paragraphs': [
            'After two years of works, the old harbour of Saint-Malo reopened on Saturday.',
            'The new quay is 240 metres long. It can take ferries and fishing boats at the same time.',
        ],
        'list': ['A covered market for the fishermen.', 'A footpath along the ramparts.', 'Two hundred bicycle racks.'],
        'table': [['Cost', '48 million euros'], ['Works', '2022 to 2024']],
        'closing': 'The mayor thanked the workers, who finished a month early.',
        'note': 'Figures given by the town council on 3 May.',
    },
    'fr': {
        'title': 'Le port rouvre',
        'paragraphs': [
            'Après deux ans de travaux, le vieux port de Saint-Malo a rouvert samedi.',
            'Le nouveau quai mesure 240 mètres. Il peut accueillir en même temps des ferries et des bateaux de pêche.',
        ],
        'list': ['Un marché couvert pour les pêcheurs.', 'Un sentier le long des remparts.', 'Deux cents arceaux pour vélos.'],
        'table': [['Coût', '48 millions d’euros'], ['Travaux', 'de 2022 à 2024']],
        'closing': 'Le maire a remercié les ouvriers, qui ont fini avec un mois d’avance.',
        'note': 'Chiffres donnés par le conseil municipal le 3 mai.',
    },
}


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(text, style=None, numbered=False, footnote=None):
    properties = ''
    if style or numbered:
        properties = '<w:pPr>' + (f'<w:pStyle w:val="{style}"/>' if style else '') + \
            ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else '') + '</w:pPr>'
    note = f'<w:r><w:footnoteReference w:id="{footnote}"/></w:r>' if footnote else ''
    return f'<w:p>{properties}{run(text)}{note}</w:p>'


def document(doc):
    body = [paragraph(doc['title'], style='Heading1')]
    body += [paragraph(text) for text in doc['paragraphs']]
    body += [paragraph(text, style='ListParagraph', numbered=True) for text in doc['list']]
    rows = ''.join('<w:tr>' + ''.join(f'<w:tc>{paragraph(cell)}</w:tc>' for cell in row) + '</w:tr>' for row in doc['table'])
    body.append(f'<w:tbl>{rows}</w:tbl>')
    body.append(paragraph(doc['closing'], footnote=1))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>{"".join(body)}</w:body></w:document>'


def footnotes(doc):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:id="1">{paragraph(doc["note"])}</w:footnote></w:footnotes>')


CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
DOCUMENT_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'''

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'corpora', 'sample')
for language, doc in DOCS.items():
    path = os.path.join(root, f'harbour.{language}.docx')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as archive:
        # Fixed timestamps, so that rebuilding gives the same bytes.
        for name, text in [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
                           ('word/_rels/document.xml.rels', DOCUMENT_RELS), ('word/document.xml', document(doc)),
                           ('word/footnotes.xml', footnotes(doc))]:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
    print(path)
