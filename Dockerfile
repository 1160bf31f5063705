# syntax=docker/dockerfile:1
# Build: docker build -t newsbot .
# Run:   docker run -e Telegram__BotToken=... -v ./config:/app/config:ro -v newsbot-data:/app/data newsbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so that the layer is cached until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/NewsBot.Core/NewsBot.Core.csproj src/NewsBot.Core/
COPY src/NewsBot/NewsBot.csproj src/NewsBot/
RUN dotnet restore src/NewsBot/NewsBot.csproj --use-current-runtime
COPY src/ src/
# For the image's own platform, precompiled (ReadyToRun) for a quick start.
RUN dotnet publish src/NewsBot/NewsBot.csproj --configuration Release --no-restore --use-current-runtime --self-contained false --output /app

# aspnet, not runtime: the health and metrics endpoint runs on Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
COPY config/ ./config/
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
# A 4 MB gen0 budget instead of one sized by the CPU's cache (32 MB here): measured 45 MB less resident memory at no
# CPU cost worth the name (README, Load). Only an environment variable sets it; the load harness applies this line.
ENV DOTNET_GCgen0size=0x400000
# The images' non-root user.
USER $APP_UID
VOLUME ["/app/config", "/app/data"]
# /healthz, /readyz and /metrics (the aspnet image sets ASPNETCORE_HTTP_PORTS=8080).
EXPOSE 8080
# Runtime images have no curl: the binary's healthcheck verb GETs /healthz where Urls or ASPNETCORE_HTTP_PORTS say.
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 CMD ["dotnet", "NewsBot.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "NewsBot.dll"]
CMD ["run"]
