# syntax=docker/dockerfile:1
# The notebook as a container: build the site with the project's pinned Python
# packages, then serve only the built files with an unprivileged nginx
# (runs as uid 101, listens on 8080).
#   docker build -t docker-notes . && docker run --rm -p 8080:8080 docker-notes

FROM python:3.11-slim-bookworm AS build
WORKDIR /src
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 NO_MKDOCS_2_WARNING=1
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY mkdocs.yml glossary.yml ./
COPY docs docs
COPY hooks hooks
COPY overrides overrides
# The address the site is published at (canonical links, sitemap, the 404 page's asset paths).
ARG SITE_URL=http://localhost:8080/
# Besides /site, the build writes /site.csp.conf: the Content-Security-Policy header
# with the hashes of the inline scripts in these very pages (hooks/security_headers.py).
RUN SITE_URL="$SITE_URL" mkdocs build --strict --site-dir /site

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
COPY nginx/site.conf /etc/nginx/docker-notes/site.conf
COPY nginx/security-headers.conf /etc/nginx/docker-notes/security-headers.conf
COPY --from=build /site.csp.conf /etc/nginx/docker-notes/csp.conf
COPY --from=build /site /usr/share/nginx/html
EXPOSE 8080
