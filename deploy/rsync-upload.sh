#!/usr/bin/env bash
# 把构建好的网站（dist/）发布到 nginx 服务器上的网站文件夹：
#   bash deploy/rsync-upload.sh dist deploy@10.0.0.8:/srv/shequ/site
# 先传网页以外的文件（新网页引用的样式、脚本、图表数据先到位），再传网页并删除旧文件，
# 所以发布过程中读者不会打开一个缺样式或脚本的页面。服务器给发布账号只需那个文件夹的写权限。
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "用法：bash deploy/rsync-upload.sh <dist 文件夹> <用户@服务器:网站文件夹>" >&2
  exit 2
fi
site="${1%/}"
target="${2%/}"
[ -f "$site/index.html" ] || { echo "没有找到 $site/index.html：请先运行 npm run build" >&2; exit 1; }

options=(--recursive --links --times --compress --chmod=D755,F644)
rsync "${options[@]}" --exclude='*.html' --exclude='*.html.gz' "$site/" "$target/"
rsync "${options[@]}" --delete-after "$site/" "$target/"
echo "已发布到 $target"
