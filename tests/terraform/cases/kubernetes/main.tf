resource "kubernetes_deployment_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    template {
      metadata {}
      spec {
        init_container {
          image = "busybox:1.36"
        }
        dynamic "container" {
          for_each = ["api", "worker"]
          content {
            name  = container.value
            image = "app/${container.value}:1.0"
          }
        }
      }
    }
  }
}

resource "kubernetes_job" "argument" {
  metadata {
    name = "argument"
  }
  spec {
    template {
      metadata {}
      spec {
        container = [{ name = "run", image = "run:1" }]
      }
    }
  }
}
