// The article body editor: Tiptap (django-prose-editor's bundle) with the media library on the toolbar.
// No inline script, no CDN: this module and editor.js are static files of the site.
import {
  Blockquote, Bold, BulletList, Caption, Document, Dropcursor, Extension, Figure, Gapcursor, HardBreak,
  Heading, History, Image, Italic, Link, ListItem, Menu, OrderedList, Paragraph, Plugin, Table, TableCell,
  TableHeader, TableRow, Text, createTextareaEditor, initializeEditors,
} from "../django_prose_editor/editor.js"

const SELECTOR = "textarea[data-rich-text]"

// Menu tooltips and accessible names (the bundle's are English and not run through gettext).
const LABELS = {
  bold: "粗体", italic: "斜体", "unordered list": "无序列表", "ordered list": "有序列表", blockquote: "引用",
  paragraph: "正文段落", "heading 2": "小标题", "heading 3": "三级小标题", "insert link": "插入链接",
  "remove link": "取消链接", "Insert table": "插入表格", "Merge cells": "合并单元格", "Split cell": "拆分单元格",
  undo: "撤销", redo: "重做", "Toggle fullscreen": "全屏", "edit HTML": "编辑 HTML", "List properties": "列表属性",
  "Table Properties": "表格属性", "Add column": "插入列", "Delete column": "删除列", "Add row": "插入行",
  "Delete row": "删除行", "Toggle header cell": "切换表头单元格", "Delete table": "删除表格",
}
// The bundle's own figure button asks for an image URL (which the CSP would block): pictures come from
// the media library button instead.
const HIDDEN = new Set(["figure"])
const OPTIONS = { "Heading 2": "小标题", "Heading 3": "三级小标题", Paragraph: "正文段落" }

// Word, WPS, web pages and WeChat articles: keep the structure, drop what the schema cannot hold anyway
// (styles, spans, classes) and the noise that would otherwise become text (conditional comments, XML).
export function cleanPastedHTML(html) {
  let out = html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(style|script|xml|title)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<(meta|link)\b[^>]*>/gi, "")
    .replace(/<\/?o:p>/gi, "")
  // Word writes list items as paragraphs marked mso-list, with the bullet or number as text.
  out = out.replace(
    /((?:<p\b[^>]*mso-list[^>]*>[\s\S]*?<\/p>\s*)+)/gi,
    (block) => {
      const items = [...block.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => m[1])
      const numbered = /^\s*(<[^>]+>\s*)*\(?\d+[.)、]/.test(items[0].replace(/&nbsp;/g, " "))
      const tag = numbered ? "ol" : "ul"
      const strip = (item) => item
        .replace(/<span[^>]*mso-list:\s*Ignore[^>]*>[\s\S]*?<\/span>/gi, "")
        .replace(/^(\s|&nbsp;|<[^>]+>)*([·•▪◦o§\-–]|\(?\d+[.)、])(\s|&nbsp;)+/, "")
      return `<${tag}>${items.map((item) => `<li><p>${strip(item)}</p></li>`).join("")}</${tag}>`
    },
  )
  return out
}

const PasteCleaner = Extension.create({
  name: "pasteCleaner",
  addProseMirrorPlugins() {
    return [new Plugin({ props: { transformPastedHTML: cleanPastedHTML } })]
  },
})

// A picture from the media library keeps its id, so the public page can serve its renditions.
const LibraryImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      dataImage: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-image"),
        renderHTML: (attrs) => (attrs.dataImage ? { "data-image": attrs.dataImage } : {}),
      },
    }
  },
})

const AttachmentLink = Link.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      dataAttachment: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-attachment"),
        renderHTML: (attrs) => (attrs.dataAttachment ? { "data-attachment": attrs.dataAttachment } : {}),
      },
    }
  },
})

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value
    else if (key in node && !key.includes("-")) node[key] = value
    else node.setAttribute(key, value)
  }
  node.append(...children)
  return node
}

function csrfToken() {
  const input = document.querySelector("input[name=csrfmiddlewaretoken]")
  return input ? input.value : ""
}

async function send(url, form) {
  const response = await fetch(url, {
    method: "POST", body: form, credentials: "same-origin", headers: { "X-CSRFToken": csrfToken() },
  })
  const data = await response.json().catch(() => ({ errors: { file: ["服务器没有正常答复，请稍后再试。"] } }))
  return { ok: response.ok, data }
}

function field(label, input, help) {
  const id = `media-${Math.random().toString(36).slice(2)}`
  input.id = id
  const parts = [el("label", { htmlFor: id, text: label }), input]
  if (help) {
    const helpId = `${id}-help`
    input.setAttribute("aria-describedby", helpId)
    parts.push(el("div", { className: "help", id: helpId, text: help }))
  }
  return el("div", { className: "media-field" }, parts)
}

// One modal dialog per action: upload a new file, or pick one from the library by searching.
function mediaDialog({ title, uploadFields, uploadLabel, chooseUrl, renderResult, upload, done }) {
  const errors = el("div", { className: "media-errors", role: "alert" })
  const form = el("form", { method: "dialog" })
  const search = el("input", { type: "search", name: "q", placeholder: "输入标题、说明或摄影者" })
  const results = el("ul", { className: "media-results" })
  const close = () => { dialog.close(); dialog.remove() }
  const uploadButton = el("button", { type: "submit", className: "default", text: uploadLabel })
  form.append(
    el("fieldset", {}, [el("legend", { text: "上传新文件" }), ...uploadFields, uploadButton]),
    el("fieldset", {}, [
      el("legend", { text: "从媒体库选择" }),
      field("查找", search), results,
    ]),
    errors,
    el("div", { className: "media-actions" }, [el("button", { type: "button", text: "取消", onclick: close })]),
  )
  const dialog = el("dialog", { className: "media-dialog", "aria-labelledby": "media-dialog-title" }, [
    el("h2", { id: "media-dialog-title", text: title }), form,
  ])
  async function load() {
    const response = await fetch(`${chooseUrl}?q=${encodeURIComponent(search.value)}`, { credentials: "same-origin" })
    const data = await response.json()
    results.replaceChildren(
      ...(data.results.length ? data.results.map((item) => {
        const button = el("button", { type: "button" }, renderResult(item))
        button.addEventListener("click", () => { done(item); close() })
        return el("li", {}, [button])
      }) : [el("li", { text: "没有找到。" })]),
    )
  }
  let timer
  search.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(load, 250) })
  form.addEventListener("submit", async (event) => {
    event.preventDefault()
    errors.textContent = ""
    uploadButton.disabled = true
    try {
      const { ok, data } = await upload(form)
      if (ok) { done(data); close(); return }
      errors.textContent = Object.values(data.errors || {}).flat().join(" ")
    } finally {
      uploadButton.disabled = false
    }
  })
  dialog.addEventListener("close", () => dialog.remove())
  document.body.append(dialog)
  dialog.showModal()
  load()
}

function insertImage(editor, item) {
  const caption = [item.caption, item.credit].filter(Boolean).join(" ")
  const content = [{ type: "image", attrs: { src: item.src, alt: item.alt, dataImage: String(item.id) } }]
  if (caption) content.push({ type: "caption", content: [{ type: "text", text: caption }] })
  // An empty paragraph after the figure, so that typing goes on below it rather than into the caption.
  editor.chain().focus().insertContent([{ type: "figure", content }, { type: "paragraph" }]).run()
}

function insertAttachment(editor, item) {
  const label = `${item.title}（${item.kind}，${item.size}）`
  editor.chain().focus().insertContent({
    type: "text", text: label,
    marks: [{ type: "link", attrs: { href: item.url, dataAttachment: String(item.id) } }],
  }).insertContent(" ").run()
}

function mediaExtension(urls) {
  return Extension.create({
    name: "mediaLibrary",
    addMenuItems({ buttons, menu }) {
      menu.defineItem({
        name: "libraryImage", groups: "media",
        button: buttons.material("add_photo_alternate", "插入图片（上传或从媒体库选择）"),
        command: (editor) => {
          const file = el("input", { type: "file", name: "file", accept: "image/jpeg,image/png,image/webp,image/gif" })
          mediaDialog({
            title: "插入图片",
            uploadLabel: "上传并插入",
            uploadFields: [
              field("图片文件", file, "JPEG、PNG、WebP 或 GIF；保存时摆正方向并去掉拍摄地点等元数据。"),
              field("替代文字（必填）", el("input", { type: "text", name: "alt", maxLength: 300 }), "为看不到图片的读者描述图片内容。"),
              field("图注", el("input", { type: "text", name: "caption", maxLength: 500 })),
              field("摄影/来源", el("input", { type: "text", name: "credit", maxLength: 200 })),
            ],
            chooseUrl: urls.imageChoose,
            renderResult: (item) => [el("img", { src: item.thumb, alt: "" }), el("span", { text: item.alt })],
            upload: (form) => send(urls.imageUpload, new FormData(form)),
            done: (item) => insertImage(editor, item),
          })
        },
      })
      menu.defineItem({
        name: "libraryAttachment", groups: "media",
        button: buttons.material("attach_file", "插入附件（PDF、Word、Excel、PowerPoint、压缩包）"),
        command: (editor) => {
          mediaDialog({
            title: "插入附件",
            uploadLabel: "上传并插入",
            uploadFields: [
              field("文件", el("input", { type: "file", name: "file" }), "类型按文件内容判断；附件会列在文章下方。"),
              field("标题", el("input", { type: "text", name: "title", maxLength: 200 }), "留空则用文件名。"),
            ],
            chooseUrl: urls.attachmentChoose,
            renderResult: (item) => [el("span", { text: `${item.title}（${item.kind}，${item.size}）` })],
            upload: (form) => send(urls.attachmentUpload, new FormData(form)),
            done: (item) => insertAttachment(editor, item),
          })
        },
      })
    },
  })
}

function translateMenu(root) {
  for (const node of root.querySelectorAll(".prose-menubar__button[title]")) {
    if (HIDDEN.has(node.getAttribute("title"))) node.hidden = true
  }
  for (const node of root.querySelectorAll(".prose-menubar__option :is(h2, h3, p)")) {
    if (OPTIONS[node.textContent]) node.textContent = OPTIONS[node.textContent]
  }
  for (const node of root.querySelectorAll("[title], [aria-label]")) {
    for (const attr of ["title", "aria-label"]) {
      const value = node.getAttribute(attr)
      if (value && LABELS[value]) node.setAttribute(attr, LABELS[value])
    }
  }
}

// The bundle's dialogs (link, table) show yes/no choices in English.
const CHOICES = { Yes: "是", No: "否" }
function translateDialogs() {
  for (const option of document.querySelectorAll("dialog option")) {
    if (CHOICES[option.textContent]) {
      option.value = option.value  // keep the English value the bundle reads back
      option.textContent = CHOICES[option.textContent]
    }
  }
}
new MutationObserver(translateDialogs).observe(document.body, { childList: true, subtree: true })

function createEditor(textarea) {
  if (textarea.closest(".prose-editor")) return null
  const levels = textarea.dataset.richText.split(",").map(Number)
  const urls = {
    imageUpload: textarea.dataset.imageUpload, imageChoose: textarea.dataset.imageChoose,
    attachmentUpload: textarea.dataset.attachmentUpload, attachmentChoose: textarea.dataset.attachmentChoose,
  }
  const editor = createTextareaEditor(textarea, [
    Document, Paragraph, Text, HardBreak, Dropcursor, Gapcursor, History,
    Bold, Italic, Heading.configure({ levels }), BulletList, OrderedList, ListItem, Blockquote,
    AttachmentLink.configure({ openOnClick: false }),
    Table, TableRow, TableHeader, TableCell,
    Figure, Caption, LibraryImage,
    PasteCleaner, mediaExtension(urls),
    Menu.configure({
      groups: [
        { group: "blockType -lists", type: "dropdown", minItems: 2 },
        { group: "lists" }, { group: "nodes -blockType -lists" }, { group: "marks" }, { group: "link" },
        { group: "table" }, { group: "media" }, { group: "history" }, { group: "utility" },
      ],
    }),
  ])
  const container = textarea.closest(".prose-editor")
  // The editable area is the field: it takes the textarea's label as its accessible name.
  const label = document.querySelector(`label[for="${textarea.id}"]`)
  editor.view.dom.setAttribute("aria-label", label ? label.textContent.replace(/[:：]\s*$/, "") : "正文")
  editor.view.dom.setAttribute("aria-multiline", "true")
  translateMenu(container)
  new MutationObserver(() => translateMenu(container)).observe(container, { subtree: true, childList: true })
  textarea.dispatchEvent(new CustomEvent("prose-editor:ready", { detail: { editor, textarea }, bubbles: true }))
  return editor
}

initializeEditors(createEditor, SELECTOR)
