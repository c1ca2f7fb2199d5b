# One image recipe for the three services: docker compose builds it once per service.
#   docker build --build-arg SERVICE=search-service -t newsroom/search-service .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl ${SERVICE} -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/quarkus-app/ /app/
ENV NEWSROOM_BIND=0.0.0.0 NEWSROOM_DATA=/data
# C1 only: the optimising compiler cost more CPU than it saved in each service (README, Performance).
USER 1000
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:TieredStopAtLevel=1", "-jar", "/app/quarkus-run.jar"]
