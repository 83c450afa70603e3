#!/usr/bin/env bash
# 把构建好的网站（dist/）发布到对象存储（阿里云 OSS、腾讯云 COS、MinIO 或其他 S3 兼容存储）：
#   bash deploy/rclone-upload.sh dist site:shequ-bucket
# 需要 rclone（apt-get install -y rclone）和名为 site 的远端配置，见 docs/发布指南.md。
# 对象存储不会按文件类型设置缓存，所以分几遍上传，每遍给一类文件写上正确的
# Content-Type 和 Cache-Control；网页最后上传，最后删除不再有的文件。
# .gz 文件（给 nginx 用）和 _shequ/（给服务器用）不上传：CDN 自己压缩。
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "用法：bash deploy/rclone-upload.sh <dist 文件夹> <远端:存储桶[/路径]>" >&2
  exit 2
fi
site="${1%/}"
target="${2%/}"
[ -f "$site/index.html" ] || { echo "没有找到 $site/index.html：请先运行 npm run build" >&2; exit 1; }

year='Cache-Control: public, max-age=31536000, immutable'
revalidate='Cache-Control: no-cache'
skip=(--filter '- *.gz' --filter '- /_shequ/**')
upload() { rclone copy "$site" "$target" --checksum "${skip[@]}" "$@"; }

# 1. 带内容指纹的文件：一年不变。
upload --header-upload "$year" --filter '+ /_astro/**' --filter '- *'
upload --header-upload "$year" --header-upload 'Content-Type: application/octet-stream' \
  --filter '+ *.pf_meta' --filter '+ *.pf_index' --filter '+ *.pf_fragment' --filter '+ *.pf_filter' --filter '- *'
# 2. Pagefind 的 WebAssembly。
upload --header-upload "$revalidate" --header-upload 'Content-Type: application/wasm' --filter '+ *.pagefind' --filter '- *'
# 3. 表格下载（带 BOM 的 UTF-8）。
upload --header-upload "$revalidate" --header-upload 'Content-Type: text/csv; charset=utf-8' --filter '+ *.csv' --filter '- *'
# 4. 其余文件（脚本、样式、数据、图片），网页除外。
upload --header-upload "$revalidate" --filter '- /_astro/**' --filter '- *.pf_*' --filter '- *.pagefind' \
  --filter '- *.csv' --filter '- *.html' --filter '+ *'
# 5. 网页最后上传：它们引用的文件都已就位。
upload --header-upload "$revalidate" --header-upload 'Content-Type: text/html; charset=utf-8' --filter '+ *.html' --filter '- *'
# 6. 删除这次构建里已没有的文件（文件都已相同，这一遍不再上传内容）。
rclone sync "$site" "$target" --checksum "${skip[@]}"
echo "已发布到 $target"
